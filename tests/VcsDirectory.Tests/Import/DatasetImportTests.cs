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

    public void Dispose() => _factory.Dispose();
}
