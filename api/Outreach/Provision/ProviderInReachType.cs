using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach.Coverage;
using VcsDirectory.Api.Outreach.NeedMap;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Outreach.Provision;

public sealed class ProviderInReachType : DirectoryObjectGraphType<ProviderInReach>
{
    public ProviderInReachType()
    {
        Name = "ProviderInReach";
        Description = "An organisation within reach of a cluster that delivers at least one of the categories the cluster needs.";
        Field<NonNullGraphType<OrganisationType>>("organisation")
            .Description("The organisation.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.Provider.OrganisationId));
        Field<FloatGraphType>("distanceKm")
            .Description("Great-circle distance from the cluster's centroid to its base, in km (to the metre); null when its base is unknown.")
            .Resolve(ctx => ctx.Source.DistanceKm is { } km ? Math.Round(km, 3) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReachBasisType>>>>("basis")
            .Description("Why it counts as within reach: one reason or both.")
            .Resolve(ctx => ReachBasisType.Split(ctx.Source.Basis));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceCategoryType>>>>("categories")
            .Description("Which of the cluster's needed categories it delivers, in the cluster's order.")
            .Resolve(ctx => LoadedList.Of(ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().ServiceCategoryById, ctx.Source.ServiceCategoryIds));
    }
}
