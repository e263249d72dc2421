using GraphQL.DataLoader;

namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>
/// A request-scoped batch loader on GraphQL.NET's <see cref="IDataLoaderResult"/> (the DataLoader package
/// is not available here). <see cref="Load"/> only records the key; the execution strategy holds back
/// every such field until the level's other fields have run, and the first <c>GetResultAsync</c> then
/// fetches every pending key in one call. Values are cached for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly Dictionary<TKey, Batch> _pendingBatchOf = [];
    private Batch _collecting = new();

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key) && !_pendingBatchOf.ContainsKey(key))
            {
                _collecting.Keys.Add(key);
                _pendingBatchOf[key] = _collecting;
            }
        }

        return new Pending(this, key);
    }

    private Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> running;
        lock (_gate)
        {
            // Every parent but the first finds its value loaded: no state machine for them.
            if (_loaded.TryGetValue(key, out var value))
            {
                return Task.FromResult(value);
            }

            var batch = _pendingBatchOf[key];
            if (batch.Running is null)
            {
                batch.Running = FetchAsync(batch.Keys, cancellationToken);
                if (ReferenceEquals(batch, _collecting))
                {
                    _collecting = new Batch();
                }
            }

            running = batch.Running;
        }

        return ValueOfAsync(running, key);
    }

    private async Task<TValue> ValueOfAsync(Task<IReadOnlyDictionary<TKey, TValue>> running, TKey key)
    {
        var values = await running.ConfigureAwait(false);
        return values.TryGetValue(key, out var found) ? found : missing;
    }

    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(List<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await fetch(keys, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _loaded[key] = values.TryGetValue(key, out var value) ? value : missing;
                _pendingBatchOf.Remove(key);
            }
        }

        return values;
    }

    private sealed class Batch
    {
        public List<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Running { get; set; }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            GetResultAsync(cancellationToken).Untyped();
    }
}
