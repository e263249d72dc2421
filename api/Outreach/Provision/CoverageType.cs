using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.Outreach.Coverage;
using VcsDirectory.Api.Outreach.NeedMap;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Outreach.Provision;

public sealed class CoverageType : DirectoryObjectGraphType<ClusterCoverage>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description =
            "What is within reach of a cluster of need for the categories it needs (its dominant ones): the nearest children's centre, " +
            "the organisations in reach, and the categories nobody in reach delivers (the gaps).";
        Field(c => c.RadiusKm).Description("How far from the cluster's centroid it looked, in km.");
        Field<NearestCentreType>("nearestCentre")
            .Description("The nearest children's centre with a known location, even beyond the radius; null when no centre's location is known.")
            .Resolve(ctx => ctx.Source.NearestCentre);
        Field<ConnectionGraphType<ProviderInReachType>>("providers")
            .Description("Organisations within the radius or serving one of the cluster's wards that deliver a needed category: nearest first, those with no known base last.")
            .WithPaging()
            .Resolve(ctx => ctx.Source.Providers.ToConnection(PagingArguments.From(ctx)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryCoverageType>>>>("categories")
            .Description("Each needed category and who delivers it, largest share first.")
            .Resolve(ctx => ctx.Source.Categories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceCategoryType>>>>("gaps")
            .Description("The needed categories nobody within reach delivers, largest share first.")
            .Resolve(ctx => LoadedList.Of(ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().ServiceCategoryById, ctx.Source.Gaps));
        Field(c => c.Score).Description("0 to 1: the share-weighted fraction of the needed categories that are covered; a gap in the main need costs most. 1 when nothing is needed.");
    }
}
