using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Outreach.NeedMap;
using VcsDirectory.Api.Outreach.Provision;

namespace VcsDirectory.Api.Outreach.Detection;

public sealed class DetectedNeedClusterType : DirectoryObjectGraphType<DetectedNeedCluster>
{
    public DetectedNeedClusterType()
    {
        Name = "DetectedNeedCluster";
        Description =
            "A cluster of identified need found by `detectNeedClusters`: computed on request, never stored. It shows its needs only " +
            $"in aggregate: its area and centroid are drawn from the needs' ~{NeedGrid.CellMetres} m grid cells, and no field gives a " +
            "single need's position. To keep it, pass `needIds` to `createOutreachCluster`.";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description("Names the membership: the same needs always give the same key; a cluster that gains or loses a need gets a new one. Not a global id.")
            .Resolve(ctx => ctx.Source.Cluster.Key);
        Field<NonNullGraphType<IntGraphType>>("number")
            .Description("The rank, from 1: largest first by families affected, ties by the smallest need id.")
            .Resolve(ctx => ctx.Source.Cluster.Number);
        Field<NonNullGraphType<GeoLocationType>>("centroid")
            .Description("The families-weighted mean of the needs' grid cells: an aggregate, never a household's position.")
            .Resolve(ctx => new GeoLocation(ctx.Source.Cluster.Centroid.Latitude, ctx.Source.Cluster.Centroid.Longitude, IsApproximate: true));
        Field<NonNullGraphType<GeoJsonGraphType>>("hull")
            .Description(
                "The cluster's area as a GeoJSON Polygon geometry: the convex hull of its needs' grid cells, or a 150 m buffer round them " +
                "when they are one or two cells or lie on a line. Its corners are grid-cell centres, never a household's position.")
            .Resolve(ctx => GeoJsonDocuments.ToElement(ctx.Source.Cluster.Hull));
        Field<NonNullGraphType<FloatGraphType>>("areaKm2")
            .Description("The hull's area on the ground, in km².")
            .Resolve(ctx => Math.Round(ctx.Source.Cluster.AreaKm2, 4));
        Field<NonNullGraphType<IntGraphType>>("familiesAffected")
            .Description("Families affected, summed over the needs (a family with needs in two categories counts twice).")
            .Resolve(ctx => ctx.Source.Cluster.FamiliesAffected);
        Field<NonNullGraphType<IntGraphType>>("needCount").Description("How many identified needs it holds.").Resolve(ctx => ctx.Source.Cluster.NeedIds.Count);
        Field<NonNullGraphType<FloatGraphType>>("intensity")
            .Description("Σ(families × severity) per km² of hull, the area floored at a 150 m disc so a sliver hull cannot claim an unbounded intensity.")
            .Resolve(ctx => Math.Round(ctx.Source.Cluster.Intensity, 2));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryShareType>>>>("dominantCategories")
            .Description("The leading categories holding at least the dominant share of its families (the largest always), largest first.")
            .Resolve(ctx => ctx.Source.Cluster.DominantCategories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryShareType>>>>("categories")
            .Description("Every category among its needs, largest first.")
            .Resolve(ctx => ctx.Source.Cluster.Categories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WardType>>>>("wards")
            .Description("The wards its needs are in.")
            .Resolve(ctx => LoadedList.Of(ctx.RequestServices!.GetRequiredService<WardLoaders>().ById, ctx.Source.Cluster.WardIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("needIds")
            .Description("The global ids of its identified needs, ascending: pass them to `createOutreachCluster` to keep the cluster.")
            .Resolve(ctx => ctx.Source.Cluster.NeedIds.Select(id => GlobalId.Encode<IdentifiedNeedType>(id)).ToList());
        Field<NonNullGraphType<CoverageType>>("coverage")
            .Description("What is within reach of the cluster for its dominant categories, within the detection's `coverageRadiusKm`, and what is missing.")
            .ResolveAsync(async ctx => ctx.Source.CoverageBy(await ctx.RequestServices!.GetRequiredService<NeedMapData>().CoverageAnalyzerAsync(ctx.CancellationToken)));
    }
}
