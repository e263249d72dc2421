using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Import;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Import;

public sealed class DatasetImportTests : IDisposable
{
    private readonly DirectoryApiFactory _factory = new() { Settings = { ["Seed:Enabled"] = "false" } };

    [Fact]
    public async Task An_invalid_dataset_writes_nothing()
    {
        var broken = TestDataset.Poole with { IdentifiedNeeds = [.. TestDataset.Poole.IdentifiedNeeds, TestDataset.Poole.IdentifiedNeeds[0] with { Severity = 9 }] };
        using var scope = _factory.Services.CreateScope();

        var problems = await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(broken, CancellationToken.None);

        Assert.NotEmpty(problems);
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        Assert.Equal(0, await db.Wards.CountAsync() + await db.Organisations.CountAsync() + await db.IdentifiedNeeds.CountAsync());
    }

    [Fact]
    public async Task A_valid_dataset_imports_whole_with_need_positions_snapped_to_the_privacy_grid()
    {
        using var scope = _factory.Services.CreateScope();

        var problems = await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(TestDataset.Poole, CancellationToken.None);

        Assert.Empty(problems);
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        Assert.Equal(TestDataset.Poole.Organisations.Count, await db.Organisations.CountAsync());
        Assert.All(await db.IdentifiedNeeds.ToListAsync(), n => Assert.Equal(Api.Outreach.NeedGrid.Snap(n.Latitude), n.Latitude));
    }

    [Fact]
    public async Task A_version_1_dataset_still_imports_with_a_service_per_organisation_and_category()
    {
        var version1 = TestDataset.Poole with { FormatVersion = 1, Services = [] };
        using var scope = _factory.Services.CreateScope();

        var problems = await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(version1, CancellationToken.None);

        Assert.Empty(problems);
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        Assert.Equal(TestDataset.Poole.Organisations.Sum(o => o.Services.Count), await db.Services.CountAsync());
    }

    [Fact]
    public async Task A_version_1_dataset_with_services_is_refused()
    {
        using var scope = _factory.Services.CreateScope();

        var problems = await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(TestDataset.Poole with { FormatVersion = 1 }, CancellationToken.None);

        Assert.Contains(problems, p => p.Path == "services" && p.Code == "UNSUPPORTED_FORMAT");
    }

    public void Dispose() => _factory.Dispose();
}
