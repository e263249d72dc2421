using GraphQL.DataLoader;

namespace VcsDirectory.Api.GraphQL.Loading;

public static class DataLoaderResultExtensions
{
    /// <summary>Maps a loaded value once it arrives, keeping the batch deferred.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(result, map);

    /// <summary>The task's value as an object; a finished task (a value already loaded) costs no state machine.</summary>
    internal static Task<object?> Untyped<T>(this Task<T> task) =>
        task.IsCompletedSuccessfully ? Task.FromResult<object?>(task.Result) : UntypedAsync(task);

    private static async Task<object?> UntypedAsync<T>(Task<T> task) => await task.ConfigureAwait(false);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var loading = inner.GetResultAsync(cancellationToken);
            return loading.IsCompletedSuccessfully ? Task.FromResult(map(loading.Result)) : MapAsync(loading);
        }

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            GetResultAsync(cancellationToken).Untyped();

        private async Task<TOut> MapAsync(Task<TIn> loading) => map(await loading.ConfigureAwait(false));
    }
}
