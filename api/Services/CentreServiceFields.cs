using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Services;

/// <summary>What a centre has delivered, and what its specification asks for that nobody delivers: added by the Services feature.</summary>
public static class CentreServiceFields
{
    public static void AddServiceFields(this ChildrensCentreType type)
    {
        type.RelationConnection<ChildrensCentre, ServiceType, Service, ServiceFilter, ServiceSort>(
            "services", "The services delivered at the centre (with their providers), by name.", services => services.GetRequiredService<ServiceLoaders>().AtCentre, x => x.Id);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceCategoryType>>>>("uncoveredCategories")
            .Description("The required categories no active service delivered at the centre covers, by name: the gap between `requiredCategories` and `services`.")
            .ReadsKeyOnly()
            .Resolve(ctx => RelationField<ServiceCategory>.Of(ctx, services => services.GetRequiredService<ServiceLoaders>().UncoveredAt).Load(ctx.Source.Id));
    }
}
