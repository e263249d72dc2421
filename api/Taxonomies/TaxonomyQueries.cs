using GraphQL.Types;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Taxonomies;

public static class TaxonomyQueries
{
    public static void AddTaxonomyQueries(this ObjectGraphType query)
    {
        query.RootConnection<CapacityAreaType, CapacityArea, CapacityAreaFilter, CapacityAreaSort>(
            "capacityAreas", "The capacity areas organisations are strong in or need help with.",
            ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().CapacityAreas);
        query.RootConnection<ServiceCategoryType, ServiceCategory, ServiceCategoryFilter, ServiceCategorySort>(
            "serviceCategories", "The categories of service delivered to children and families.",
            ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().ServiceCategories);
    }
}
