using GraphQL.DataLoader;
using VcsDirectory.Api.GraphQL.Paging;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>
/// A parent's related list, loaded in one query per level for every parent asking: one batch loader for the plain
/// list, one per distinct <see cref="RelationQuery{TChild}"/> when the list is filtered or sorted, and one per
/// distinct question and page when it is read as a connection.
/// </summary>
/// <param name="pairs">The children of the given parents, tagged with their parent, in no particular order.</param>
/// <param name="order">The list's order when the client names none; it must be total (end with a unique key), so a page from the end is its exact reverse.</param>
/// <param name="longestList">
/// When known, no parent's list is longer (an organisation serves at most every ward): a page at least that long is
/// every parent's whole list, read without ranking.
/// </param>
/// <param name="ofOne">
/// The children of one parent, tagged with it, written so that the database can walk them in the list's order and
/// stop at the page's end (a branch of the per-parent UNION ALL); without it, <paramref name="pairs"/> of that parent.
/// </param>
/// <param name="counted">
/// When the database keeps each parent's list length (a counter kept in step with <paramref name="pairs"/>), the
/// lengths of the given parents: an unfiltered total is then one row a parent, however long the lists.
/// </param>
public sealed class Relation<TChild>(
    Func<IReadOnlyList<int>, IQueryable<ParentChild<TChild>>> pairs,
    Func<IQueryable<ParentChild<TChild>>, IOrderedQueryable<ParentChild<TChild>>> order,
    Func<int?>? longestList = null,
    Func<int, IQueryable<ParentChild<TChild>>>? ofOne = null,
    Func<IReadOnlyList<int>, IQueryable<ParentCount>>? counted = null)
    where TChild : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _loaders = [];

    public IDataLoaderResult<IReadOnlyList<TChild>> Load(int parentId, RelationQuery<TChild>? query = null) =>
        LoaderFor(query).Load(parentId);

    /// <summary>The batch loader of every parent asking <paramref name="query"/> for its whole list.</summary>
    public BatchLoader<int, IReadOnlyList<TChild>> LoaderFor(RelationQuery<TChild>? query) =>
        Shared(query?.Key ?? "", () => Loaders.ManyByParent(ids => query is null ? order(pairs(ids)) : query.Whole(pairs(ids), order)));

    /// <summary>The batch loader of every parent asking <paramref name="query"/> for the same page of its list.</summary>
    public BatchLoader<int, Connection<TChild>> PagesFor(RelationQuery<TChild> query, RelationPage page) =>
        Shared($"{query.Key}|{page}", () => new BatchLoader<int, Connection<TChild>>(
            (ids, cancellationToken) => page.ReadAsync(
                ids,
                keys => query.Filter(pairs(keys)),
                key => query.Filter(ofOne?.Invoke(key) ?? pairs([key])),
                q => query.Order(q, order),
                query.Project,
                longestList?.Invoke(),
                query.Filters ? null : counted,
                cancellationToken),
            missing: page.Empty<TChild>()));

    private BatchLoader<int, TValue> Shared<TValue>(string key, Func<BatchLoader<int, TValue>> create)
    {
        lock (_gate)
        {
            if (!_loaders.TryGetValue(key, out var loader))
            {
                loader = create();
                _loaders.Add(key, loader);
            }

            return (BatchLoader<int, TValue>)loader;
        }
    }
}
