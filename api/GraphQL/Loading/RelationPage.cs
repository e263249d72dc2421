using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.GraphQL.Paging;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>
/// One page of a nested connection as a field asks it of every parent on its level: the same slice of each parent's
/// list, read for all of them in one statement (a UNION ALL of one ORDER BY … LIMIT per parent, or for many parents a
/// window, <c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY …)</c>), and each list's size, as one grouped COUNT
/// (or, unfiltered, from a counter the database keeps), only when it is asked for or the page counts from the end.
/// </summary>
public sealed record RelationPage(PageSlice Slice, bool CountsTotal, bool ReadsRows)
{
    public static RelationPage Of(IResolveFieldContext context)
    {
        var slice = PageSlice.For(PagingArguments.From(context));
        // Without a known selection, read everything a connection can show.
        bool Asks(string field) => context.SubFields?.ContainsKey(field) != false;
        return new RelationPage(slice, Asks("totalCount") || slice.NeedsTotal, Asks("nodes") || Asks("edges") || Asks("pageInfo"));
    }

    /// <summary>The page of a parent with no child.</summary>
    public Connection<T> Empty<T>() => Slice.ToConnection<T>([], CountsTotal ? 0 : null);

    /// <summary>
    /// Parents up to which each gets its own branch of a UNION ALL (ORDER BY … LIMIT per parent); more share one window.
    /// A branch reads only its parent's children (and, given an index on the order, may stop at the page's end); the
    /// window ranks every child of every parent, which costs several times as much on SQLite for large lists.
    /// </summary>
    public const int MaxBranches = 32;

    /// <summary>The page of each of <paramref name="parents"/>, from the children <paramref name="pairs"/> tags with them (filtered already).</summary>
    /// <param name="ofOne">The pairs of one parent (filtered already), for its own branch.</param>
    /// <param name="longestList">When known, no parent's list is longer.</param>
    /// <param name="counted">When given, each parent's list length as the database keeps it (one row a parent), read instead of counting the pairs.</param>
    public async Task<IReadOnlyDictionary<int, Connection<TChild>>> ReadAsync<TChild>(
        IReadOnlyList<int> parents,
        Func<IReadOnlyList<int>, IQueryable<ParentChild<TChild>>> pairs,
        Func<int, IQueryable<ParentChild<TChild>>> ofOne,
        Func<IQueryable<ParentChild<TChild>>, IQueryable<ParentChild<TChild>>> order,
        Func<IQueryable<ParentChild<TChild>>, IQueryable<ParentChild<TChild>>> project,
        int? longestList,
        Func<IReadOnlyList<int>, IQueryable<ParentCount>>? counted,
        CancellationToken cancellationToken)
    {
        var keys = parents.Distinct().ToList();
        if (ReadsRows && keys.Count > MaxBranches && longestList <= Slice.Take)
        {
            return await WholeListsAsync(keys, project(order(pairs(keys))), cancellationToken);
        }

        var totals = CountsTotal
            ? await (counted?.Invoke(keys) ?? pairs(keys).GroupBy(p => p.ParentId).Select(g => new ParentCount { ParentId = g.Key, Count = g.Count() }))
                .ToDictionaryAsync(c => c.ParentId, c => c.Count, cancellationToken)
            : null;
        var pages = keys.Count <= MaxBranches
            ? keys.Select(key => Page(order(ofOne(key)))).Aggregate(Queryable.Concat)
            : Window(pairs(keys), order);
        var rows = ReadsRows ? (await project(order(pages)).ToListAsync(cancellationToken)).ToLookup(p => p.ParentId, p => p.Child) : null;
        return keys.ToDictionary(
            id => id,
            id => Slice.ToConnection<TChild>(rows?[id].ToList() ?? [], totals is null ? null : totals.GetValueOrDefault(id)));
    }

    /// <summary>
    /// Every parent's whole list in one plain statement, sliced here: when the page is as long as the longest list can
    /// be, it reads no more rows than a window would, and a cheaper statement (and counts without a second one).
    /// </summary>
    private async Task<IReadOnlyDictionary<int, Connection<TChild>>> WholeListsAsync<TChild>(
        List<int> keys, IQueryable<ParentChild<TChild>> ordered, CancellationToken cancellationToken)
    {
        var lists = (await ordered.ToListAsync(cancellationToken)).ToLookup(p => p.ParentId, p => p.Child);
        return keys.ToDictionary(id => id, id =>
        {
            var list = lists[id].ToList();
            var rows = Slice.FromEnd ? list.Skip(Math.Max(0, list.Count - Slice.Take)) : list.Skip(Slice.Offset).Take(Slice.Take);
            return Slice.ToConnection<TChild>(rows.ToList(), CountsTotal ? list.Count : null);
        });
    }

    /// <summary>The slice of one ordered list.</summary>
    private IQueryable<T> Page<T>(IQueryable<T> ordered) =>
        Slice.FromEnd ? Reversed(ordered).Take(Slice.Take) : ordered.Skip(Slice.Offset).Take(Slice.Take);

    /// <summary>
    /// parents.SelectMany(parent => order(pairs of parent).Skip(offset).Take(n)): EF Core turns the per-parent
    /// Skip/Take into a window over a partition by parent, on SQLite and PostgreSQL alike.
    /// </summary>
    private IQueryable<ParentChild<T>> Window<T>(IQueryable<ParentChild<T>> pairs, Func<IQueryable<ParentChild<T>>, IQueryable<ParentChild<T>>> order)
    {
        var parent = Expression.Parameter(typeof(int), "parent");
        var pair = Expression.Parameter(typeof(ParentChild<T>), "pair");
        var ofParent = pairs.Where(Expression.Lambda<Func<ParentChild<T>, bool>>(
            Expression.Equal(Expression.Property(pair, nameof(ParentChild<T>.ParentId)), parent), pair));
        var perParent = Expression.Lambda<Func<int, IEnumerable<ParentChild<T>>>>(Page(order(ofParent)).Expression, parent);
        return pairs.Select(p => p.ParentId).Distinct().SelectMany(perParent);
    }

    /// <summary>The query in the opposite order: every OrderBy/ThenBy of its final ordering flipped (the order is total, so this is its exact reverse).</summary>
    private static IQueryable<T> Reversed<T>(IQueryable<T> ordered)
    {
        static Expression Flip(Expression expression)
        {
            if (expression is not MethodCallExpression call || call.Method.DeclaringType != typeof(Queryable) || !Flipped.TryGetValue(call.Method.Name, out var flipped))
            {
                return expression;
            }

            var source = call.Method.Name.StartsWith("Then", StringComparison.Ordinal) ? Flip(call.Arguments[0]) : call.Arguments[0];
            return Expression.Call(typeof(Queryable), flipped, call.Method.GetGenericArguments(), source, call.Arguments[1]);
        }

        return ordered.Provider.CreateQuery<T>(Flip(ordered.Expression));
    }

    private static readonly Dictionary<string, string> Flipped = new()
    {
        [nameof(Queryable.OrderBy)] = nameof(Queryable.OrderByDescending),
        [nameof(Queryable.OrderByDescending)] = nameof(Queryable.OrderBy),
        [nameof(Queryable.ThenBy)] = nameof(Queryable.ThenByDescending),
        [nameof(Queryable.ThenByDescending)] = nameof(Queryable.ThenBy),
    };
}
