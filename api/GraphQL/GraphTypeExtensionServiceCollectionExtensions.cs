using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL;

public static class GraphTypeExtensionServiceCollectionExtensions
{
    /// <summary>Adds fields to a type of another feature, or to the root Query or Mutation (see <see cref="GraphTypeExtension{TGraphType}"/>).</summary>
    public static IServiceCollection ExtendGraphType<TGraphType>(this IServiceCollection services, Action<TGraphType> extend)
        where TGraphType : IComplexGraphType =>
        services.AddSingleton(new GraphTypeExtension<TGraphType>(extend));

    /// <summary>Applies the extensions registered for <paramref name="type"/>; the owner calls it last in its constructor.</summary>
    public static void ApplyExtensions<TGraphType>(this TGraphType type, IEnumerable<GraphTypeExtension<TGraphType>> extensions)
        where TGraphType : IComplexGraphType
    {
        foreach (var extension in extensions)
        {
            extension.ApplyTo(type);
        }
    }
}
