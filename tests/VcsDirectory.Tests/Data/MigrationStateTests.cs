using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Data;

/// <summary>
/// <see cref="MigrationState"/> reads the history table itself: it must give EF Core's own answer
/// (<c>GetPendingMigrationsAsync</c>) on each engine, before, during and after migrating.
/// </summary>
public sealed class MigrationStateTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task It_agrees_with_EF_Core_on_a_new_a_migrated_and_a_partly_migrated_database()
    {
        await using var db = _database.CreateContext();

        Assert.False(await MigrationState.IsUpToDateAsync(db.Database, CancellationToken.None));
        // Asking creates nothing: the migrator must still create a new database itself (SQLite's in WAL mode).
        Assert.False(await db.Database.GetService<IRelationalDatabaseCreator>().ExistsAsync());

        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(await MigrationState.IsUpToDateAsync(db.Database, CancellationToken.None));

        var last = db.Database.GetMigrations().Last();
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        Assert.Equal([last], await db.Database.GetPendingMigrationsAsync());
        Assert.False(await MigrationState.IsUpToDateAsync(db.Database, CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();
}
