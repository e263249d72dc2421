using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Data;

/// <summary>
/// How many rows the reference lists hold (wards, service categories): a list drawn from one (the wards an organisation
/// serves) is never longer. Counted once the database is initialised, because only the seed writes them; a page that
/// covers the longest possible list is read whole, as one plain statement, instead of ranked per parent.
/// </summary>
/// <remarks>
/// A size only chooses how a nested page is read, never what it answers: unknown (an empty database filled later),
/// it leaves the per-parent window in place.
/// </remarks>
public sealed class ReferenceListSizes : IDatabaseReadyCheck
{
    private readonly ConcurrentDictionary<Type, int> _sizes = new();

    public int? Of<T>() => _sizes.TryGetValue(typeof(T), out var size) ? size : null;

    public async Task CheckAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        await Record<Ward>(db, cancellationToken);
        await Record<ServiceCategory>(db, cancellationToken);
    }

    private async Task Record<T>(DirectoryDbContext db, CancellationToken cancellationToken)
        where T : class
    {
        var size = await db.Set<T>().CountAsync(cancellationToken);
        if (size > 0)
        {
            _sizes[typeof(T)] = size;
        }
    }
}
