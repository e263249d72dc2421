using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Services;
using VcsDirectory.Seed;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Import;

/// <summary>The importer writes in chunks (a thousand records), still all or nothing.</summary>
public sealed class ChunkedDatasetImportTests : IDisposable
{
    private readonly DirectoryApiFactory _factory = new() { Settings = { ["Seed:Enabled"] = "false" } };

    [Fact]
    public async Task A_dataset_of_several_chunks_imports_whole_with_every_relation()
    {
        var reference = PooleReference.Load(Path.Combine(RepositoryPaths.Root, "seed", "reference", "poole-reference.json"));
        var dataset = DemoDatasetGenerator.Generate(reference, new GeneratorOptions(Organisations: 1_200, Needs: 1_250, Seed: 5));
        var names = dataset.Organisations.ToDictionary(o => o.Key, o => o.Name);
        using var scope = _factory.Services.CreateScope();

        var problems = await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(dataset, CancellationToken.None);

        Assert.Empty(problems);
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        Assert.Equal(dataset.Organisations.Select(o => o.Name).Order(), (await db.Organisations.Select(o => o.Name).ToListAsync()).Order());
        Assert.Equal(dataset.Organisations.Sum(o => o.Wards.Distinct().Count()), await db.Organisations.SelectMany(o => o.Wards).CountAsync());
        Assert.Equal(dataset.Organisations.Sum(o => o.Capacities.Count), await db.Organisations.SelectMany(o => o.Capacities).CountAsync());
        Assert.Equal(
            dataset.ChildrensCentres.Select(c => (c.Name, Operator: c.Operator is null ? null : names[c.Operator])).Order(),
            (await db.ChildrensCentres.Select(c => new { c.Name, Operator = c.Operator == null ? null : c.Operator.Name }).ToListAsync()).Select(c => (c.Name, c.Operator)).Order());
        Assert.Equal(
            dataset.Services.Select(s => (s.Name, names[s.Provider], s.Centres.Count, s.OutreachClusters.Count)).Order(),
            (await db.Services.Select(s => new { s.Name, Provider = s.Provider.Name, Centres = s.Centres.Count, Clusters = s.OutreachClusters.Count }).ToListAsync())
                .Select(s => (s.Name, s.Provider, s.Centres, s.Clusters)).Order());
        var clusterNames = dataset.OutreachClusters.ToDictionary(c => c.Key, c => c.Name);
        Assert.Equal(
            dataset.IdentifiedNeeds.GroupBy(n => n.Cluster is null ? null : clusterNames[n.Cluster]).Select(g => (g.Key, g.Count())).Order(),
            (await db.IdentifiedNeeds.GroupJoin(db.OutreachClusters, n => n.OutreachClusterId, c => c.Id, (n, c) => new { n, c }).SelectMany(x => x.c.DefaultIfEmpty(), (x, c) => c == null ? null : c.Name).ToListAsync())
                .GroupBy(name => name).Select(g => (g.Key, g.Count())).Order());
    }

    [Fact]
    public async Task A_failure_after_chunks_were_saved_leaves_the_directory_empty()
    {
        using var failing = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor, FailsOnceServicesAreSaved>()));
        using var scope = failing.Services.CreateScope();

        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(TestDataset.Poole, CancellationToken.None));

        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        Assert.Equal(0, await db.Wards.CountAsync() + await db.Organisations.CountAsync() + await db.ChildrensCentres.CountAsync()
                        + await db.IdentifiedNeeds.CountAsync() + await db.Services.CountAsync());
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Fails the import's last chunks, the services, once they are written: everything else was saved before.</summary>
    private sealed class FailsOnceServicesAreSaved : SaveChangesInterceptor
    {
        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<Service>().Any()
                ? throw new InvalidOperationException("The test's failure after the services were saved.")
                : base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
