using Microsoft.EntityFrameworkCore;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>The two shapes every feature's loaders take: entities by key, and a parent's related list.</summary>
public static class Loaders
{
    /// <summary>Loads entities by key in one query per batch: <paramref name="query"/> receives the batch's keys.</summary>
    public static BatchLoader<int, T?> ById<T>(Func<IReadOnlyList<int>, IQueryable<T>> query, Func<T, int> key)
        where T : class
        => new(async (ids, ct) => (await query(ids).ToListAsync(ct)).ToDictionary(key, e => (T?)e), missing: null);

    /// <summary>Loads a relation for many parents in one query from (parentId, child) pairs, each list in the query's order.</summary>
    public static BatchLoader<int, IReadOnlyList<TChild>> ManyByParent<TChild>(Func<IReadOnlyList<int>, IQueryable<ParentChild<TChild>>> pairs)
        => new(
            async (ids, ct) => (await pairs(ids).ToListAsync(ct))
                .GroupBy(p => p.ParentId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<TChild>)g.Select(p => p.Child).ToList()),
            missing: []);
}
