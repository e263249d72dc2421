namespace VcsDirectory.Api.Data;

/// <summary>
/// A feature's check of its configuration against what the database holds (codes of a taxonomy), run at start-up once
/// the database is migrated and seeded, before the server listens: bad configuration fails the start, not a request.
/// </summary>
public interface IDatabaseReadyCheck
{
    Task CheckAsync(DirectoryDbContext db, CancellationToken cancellationToken);
}
