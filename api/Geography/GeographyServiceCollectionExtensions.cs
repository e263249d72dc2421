using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Geography;

public static class GeographyServiceCollectionExtensions
{
    /// <summary>Wards: their loader, node type and root field.</summary>
    public static IServiceCollection AddGeography(this IServiceCollection services) => services
        .AddScoped<WardLoaders>()
        .AddNodeType<WardType, WardLoaders, Ward>(l => l.ById)
        .ExtendGraphType<QueryType>(query => query.AddWardQueries());
}
