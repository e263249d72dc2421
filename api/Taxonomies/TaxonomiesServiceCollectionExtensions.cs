using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Taxonomies;

public static class TaxonomiesServiceCollectionExtensions
{
    /// <summary>Capacity areas and service categories: their loaders, node types and root fields.</summary>
    public static IServiceCollection AddTaxonomies(this IServiceCollection services) => services
        .AddScoped<TaxonomyLoaders>()
        .AddNodeType<CapacityAreaType, TaxonomyLoaders, CapacityArea>(l => l.CapacityAreaById)
        .AddNodeType<ServiceCategoryType, TaxonomyLoaders, ServiceCategory>(l => l.ServiceCategoryById)
        .ExtendGraphType<QueryType>(query => query.AddTaxonomyQueries());
}
