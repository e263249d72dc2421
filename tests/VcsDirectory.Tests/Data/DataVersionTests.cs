using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Tests.Infrastructure;
using VcsDirectory.Tests.Organisations.Editing;

namespace VcsDirectory.Tests.Data;

/// <summary>The data version moves with every saved change of directory data, and only then; snapshots keyed by it follow.</summary>
public sealed class DataVersionTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Update = "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { organisation { version } userErrors { code } } }";
    private const string Detect = "{ detectNeedClusters { needsConsidered familiesConsidered } }";

    [Fact]
    public async Task An_edit_through_the_api_moves_the_data_version_by_one()
    {
        var id = OrganisationState.Id(20);
        var version = (await OrganisationState.ReadAsync(factory, 20))["version"]!.GetValue<int>();
        var before = await ReadVersionAsync();

        await StaffClient().QueryDataAsync(Update, new { input = new { id, version, description = "Moves the data version" } });

        Assert.Equal(before + 1, await ReadVersionAsync());
    }

    [Fact]
    public async Task A_refused_edit_and_a_read_leave_the_data_version_where_it_was()
    {
        var id = OrganisationState.Id(21);
        var before = await ReadVersionAsync();

        var stale = await StaffClient().QueryDataAsync(Update, new { input = new { id, version = 999, description = "Stale" } });
        await factory.CreateClient().QueryDataAsync(Detect);

        Assert.NotEmpty(stale["updateOrganisationProfile"]!["userErrors"]!.AsArray());
        Assert.Equal(before, await ReadVersionAsync());
    }

    [Fact]
    public async Task Detection_reads_a_need_saved_after_its_snapshot_was_taken()
    {
        var before = (await factory.CreateClient().QueryDataAsync(Detect))["detectNeedClusters"]!;

        await AddNeedAsync(factory, families: 5);
        var after = (await factory.CreateClient().QueryDataAsync(Detect))["detectNeedClusters"]!;

        Assert.Equal(before["needsConsidered"]!.GetValue<int>() + 1, after["needsConsidered"]!.GetValue<int>());
        Assert.Equal(before["familiesConsidered"]!.GetValue<int>() + 5, after["familiesConsidered"]!.GetValue<int>());
    }

    /// <summary>A need saved through an instance's own DbContext, as the importer saves them (no mutation writes needs).</summary>
    internal static async Task AddNeedAsync(DirectoryApiFactory instance, int families)
    {
        using var scope = instance.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var category = await db.ServiceCategories.Select(c => c.Id).FirstAsync();
        db.IdentifiedNeeds.Add(new IdentifiedNeed
        {
            ServiceCategoryId = category, FamiliesAffected = families, Severity = 2, Source = "test", RecordedOn = new DateOnly(2026, 11, 1),
            Latitude = NeedGrid.Snap(50.72), Longitude = NeedGrid.Snap(-1.98), IsSynthetic = true,
        });
        await db.SaveChangesAsync();
    }

    private HttpClient StaffClient() => factory.CreateClient().WithToken(TestTokens.CvsStaff());

    private async Task<long> ReadVersionAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await DataVersionReader.ReadAsync(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>(), CancellationToken.None);
    }
}
