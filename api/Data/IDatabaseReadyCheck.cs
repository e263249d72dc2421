namespace VcsDirectory.Api.Data;

/// <summary>
/// What runs at start-up once the database is migrated and seeded, before the server listens: a feature's check of its
/// configuration against what the database holds (codes of a taxonomy), so bad configuration fails the start, not a
/// request; or a count the request path relies on (<see cref="ReferenceListSizes"/>).
/// </summary>
public interface IDatabaseReadyCheck
{
    Task CheckAsync(DirectoryDbContext db, CancellationToken cancellationToken);
}
