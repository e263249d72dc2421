using System.Collections.Concurrent;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Caching;

/// <summary>
/// Immutable snapshots of what the algorithms read (the matching pool, the needs), kept in memory per instance and
/// keyed by the data version: a request reads the version (one primary-key read) and uses the snapshot taken at
/// that version, or loads a new one. Another instance's write moves the version in its own transaction, so the
/// next request here loads afresh: nothing kept is ever stale.
/// </summary>
/// <remarks>
/// One snapshot per name, the newest loaded; an older one is dropped when a newer is stored. A snapshot is taken
/// after its version was read, so it holds at least that version's data; a write committed in between only makes
/// it newer than its key, and the next request, seeing the moved version, loads again. Two requests that miss at
/// once both load (with their own DbContext, so a cancelled request never fails another's); the later store wins.
/// </remarks>
public sealed class VersionedSnapshots
{
    private readonly ConcurrentDictionary<string, (long Version, object Value)> _snapshots = new();

    public async Task<T> GetAsync<T>(string name, DirectoryDbContext db, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(load);
        var version = await DataVersionReader.ReadAsync(db, cancellationToken);
        if (_snapshots.TryGetValue(name, out var kept) && kept.Version == version)
        {
            return (T)kept.Value;
        }

        var value = await load(cancellationToken);
        _snapshots.AddOrUpdate(name, (version, value), (_, old) => old.Version > version ? old : (version, value));
        return value;
    }
}
