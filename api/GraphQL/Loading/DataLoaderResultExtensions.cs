using GraphQL.DataLoader;

namespace VcsDirectory.Api.GraphQL.Loading;

public static class DataLoaderResultExtensions
{
    /// <summary>Maps a loaded value once it arrives, keeping the batch deferred.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(result, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
