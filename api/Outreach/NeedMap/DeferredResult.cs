using GraphQL.DataLoader;

namespace VcsDirectory.Api.Outreach.NeedMap;

/// <summary>
/// A value computed only after the rest of the level has resolved. A resolver queues its batch loads first and
/// awaits them here, so every parent on the page shares one batch (as <c>node</c>'s AllOf does for ids).
/// </summary>
internal sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> compute) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => compute(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await compute(cancellationToken).ConfigureAwait(false);
}
