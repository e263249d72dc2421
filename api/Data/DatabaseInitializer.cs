using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VcsDirectory.Api.Import;

namespace VcsDirectory.Api.Data;

public static class DatabaseInitializer
{
    /// <summary>How many organisations make a seed large enough to give its memory back after it.</summary>
    private const int LargeSeed = 1_000;

    /// <summary>
    /// Brings the database to the latest migration and, when it holds nothing yet, imports the seed
    /// dataset, then runs the features' checks of their configuration against it (<see cref="IDatabaseReadyCheck"/>).
    /// Runs before the server listens, so a bad database, dataset or configuration stops the start loudly.
    /// </summary>
    /// <param name="app">The application whose database is made ready.</param>
    /// <param name="mark">Told as each step ends, for the start's timeline (<see cref="StartupTimeline"/>).</param>
    public static async Task InitializeDirectoryDatabaseAsync(this WebApplication app, Action<string>? mark = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        mark?.Invoke("db context made");
        // Migrating an up-to-date database still takes the migration lock (two commits, each synced to disk) and diffs
        // the model against the migrations' snapshot: a restart or another instance asks the history table first.
        if (!await MigrationState.IsUpToDateAsync(db.Database, CancellationToken.None))
        {
            await db.Database.MigrateAsync();
        }

        mark?.Invoke("migrations checked");

        if (await SeedAsync(app, scope.ServiceProvider, db) >= LargeSeed)
        {
            // The import's dataset and entities are garbage now, but the GC keeps the heap it grew for them: at 10,000
            // organisations the process stayed at 540 MiB, where a restarted server starts at 170. One compacting
            // collection hands most of it back (265 MiB). The demo's 150 leave too little to be worth a blocking
            // collection at every start (each test server's among them).
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        mark?.Invoke("seed checked");
        foreach (var check in scope.ServiceProvider.GetServices<IDatabaseReadyCheck>())
        {
            await check.CheckAsync(db, CancellationToken.None);
            mark?.Invoke(check.GetType().Name);
        }
    }

    /// <summary>Imports the seed dataset into an empty database: how many organisations it imported.</summary>
    private static async Task<int> SeedAsync(WebApplication app, IServiceProvider services, DirectoryDbContext db)
    {
        var seed = services.GetRequiredService<IOptions<SeedOptions>>().Value;
        if (!seed.Enabled || await db.Wards.AnyAsync())
        {
            return 0;
        }

        var path = Path.IsPathRooted(seed.Dataset) ? seed.Dataset : Path.Combine(AppContext.BaseDirectory, seed.Dataset);
        var dataset = await DatasetJson.ReadAsync(path, CancellationToken.None);
        var problems = await services.GetRequiredService<DatasetImporter>().ImportAsync(dataset, CancellationToken.None);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The seed dataset '{path}' is invalid; nothing was imported:\n" + string.Join('\n', problems.Take(20)));
        }

        await DatabaseStatistics.RefreshAsync(db);

        app.Logger.LogInformation("Seeded the directory from {Path}: {Organisations} organisations.", path, dataset.Organisations.Count);
        return dataset.Organisations.Count;
    }
}
