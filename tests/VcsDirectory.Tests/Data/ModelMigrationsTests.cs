using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Data;

/// <summary>
/// A start on an up-to-date database no longer runs the migrator (so it no longer checks the model against the
/// migrations' snapshot): this test does, on each engine, so a model change without its migration still fails.
/// </summary>
public sealed class ModelMigrationsTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public void The_model_has_no_change_that_a_migration_does_not_hold()
    {
        using var db = _database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {TestDatabase.Provider} model has changes with no migration: add one with `dotnet ef migrations add`.");
    }

    public void Dispose() => _database.Dispose();
}
