using GraphQL.DataLoader;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>
/// A parent's related list, loaded in one query per level for every parent asking: one batch loader for the plain
/// list, and one per distinct <see cref="RelationQuery{TChild}"/> when the list is filtered or sorted.
/// </summary>
public sealed class Relation<TChild>(Func<IReadOnlyList<int>, IQueryable<ParentChild<TChild>>> pairs)
    where TChild : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, BatchLoader<int, IReadOnlyList<TChild>>> _loaders = [];

    public IDataLoaderResult<IReadOnlyList<TChild>> Load(int parentId, RelationQuery<TChild>? query = null) =>
        LoaderFor(query).Load(parentId);

    /// <summary>The batch loader of every parent asking <paramref name="query"/>.</summary>
    public BatchLoader<int, IReadOnlyList<TChild>> LoaderFor(RelationQuery<TChild>? query)
    {
        BatchLoader<int, IReadOnlyList<TChild>>? loader;
        lock (_gate)
        {
            var key = query?.Key ?? "";
            if (!_loaders.TryGetValue(key, out loader))
            {
                loader = Loaders.ManyByParent(ids => query is null ? pairs(ids) : query.Apply(pairs(ids)));
                _loaders.Add(key, loader);
            }
        }

        return loader;
    }
}
