using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.GraphQL.Nodes;

public static class NodeServiceCollectionExtensions
{
    /// <summary>
    /// Makes a type fetchable through <c>node</c>/<c>nodes</c> with the request's loader for it; its name in ids is the
    /// graph type's own (GraphQL.NET's rule: <c>OrganisationType</c> → <c>Organisation</c>).
    /// </summary>
    public static IServiceCollection AddNodeType<TGraphType, TLoaders, TNode>(
        this IServiceCollection services,
        Func<TLoaders, BatchLoader<int, TNode?>> loader)
        where TGraphType : ObjectGraphType<TNode>
        where TLoaders : notnull
        where TNode : class
    {
        services.AddSingleton(new NodeRegistration(typeof(TGraphType).GraphQLName(), (provider, key) =>
            loader(provider.GetRequiredService<TLoaders>()).Load(key).Then(node => (object?)node)));
        return services;
    }

    internal static NodeRegistry BuildNodeRegistry(IServiceProvider provider)
    {
        var registry = new NodeRegistry();
        foreach (var registration in provider.GetServices<NodeRegistration>())
        {
            registry.Register(registration.TypeName, registration.Load);
        }

        return registry;
    }

    internal sealed record NodeRegistration(string TypeName, Func<IServiceProvider, int, IDataLoaderResult<object?>> Load);
}
