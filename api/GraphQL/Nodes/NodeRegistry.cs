using GraphQL.DataLoader;

namespace VcsDirectory.Api.GraphQL.Nodes;

/// <summary>How each node type is loaded by key; each feature registers its own types.</summary>
public sealed class NodeRegistry
{
    private readonly Dictionary<string, Func<IServiceProvider, int, IDataLoaderResult<object?>>> _loaders = new(StringComparer.Ordinal);

    public void Register(string typeName, Func<IServiceProvider, int, IDataLoaderResult<object?>> load) => _loaders.Add(typeName, load);

    public bool TryLoad(IServiceProvider services, string typeName, int key, out IDataLoaderResult<object?> result)
    {
        if (_loaders.TryGetValue(typeName, out var load))
        {
            result = load(services, key);
            return true;
        }

        result = null!;
        return false;
    }
}
