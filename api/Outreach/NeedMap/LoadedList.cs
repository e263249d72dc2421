using GraphQL.DataLoader;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Outreach.NeedMap;

/// <summary>A plain list of entities by id through a batch loader: every id is queued at once, so lists on many parents share one query.</summary>
internal static class LoadedList
{
    public static IDataLoaderResult<IReadOnlyList<T>> Of<T>(BatchLoader<int, T?> loader, IEnumerable<int> ids)
        where T : class
    {
        var pending = ids.Select(loader.Load).ToList();
        return new DeferredResult<IReadOnlyList<T>>(async cancellationToken =>
        {
            var loaded = new List<T>(pending.Count);
            foreach (var result in pending)
            {
                if (await result.GetResultAsync(cancellationToken).ConfigureAwait(false) is { } value)
                {
                    loaded.Add(value);
                }
            }

            return loaded;
        });
    }
}
