using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.Coverage;
using VcsDirectory.Api.Outreach.Detection;
using VcsDirectory.Api.Outreach.NeedMap;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Outreach.Provision;

public static class OutreachClusterCoverageField
{
    /// <summary>A curated cluster's coverage, from its stored needs and centroid: the same analysis as a detected cluster's.</summary>
    public static void AddCoverageField(this ObjectGraphType<OutreachCluster> type) =>
        type.Field<CoverageType>("coverage")
            .Description(
                "What is within reach of the cluster's centroid for the dominant categories of its identified needs, and what is missing; " +
                "the wards are its needs' wards and its own. A cluster with no needs needs nothing, so it has no gaps.")
            .Argument<FloatGraphType>(
                "radiusKm", $"How far from the centroid to look, {DetectionRequest.MinRadiusKm} to {DetectionRequest.MaxRadiusKm:0} km.",
                a => a.DefaultValue = CoverageAnalyzer.DefaultRadiusKm)
            .Reads(nameof(OutreachCluster.CentroidLatitude), nameof(OutreachCluster.CentroidLongitude))
            .Resolve(ctx =>
            {
                var radius = NeedMapArguments.InRange(ctx.GetArgument<double>("radiusKm"), DetectionRequest.MinRadiusKm, DetectionRequest.MaxRadiusKm, "radiusKm", "km");
                var loaders = ctx.RequestServices!.GetRequiredService<OutreachLoaders>();
                var data = ctx.RequestServices!.GetRequiredService<NeedMapData>();
                var cluster = ctx.Source;
                // Queue both loads now, so every cluster on the page shares their batches.
                var needs = loaders.NeedsOf.Load(cluster.Id);
                var wards = loaders.WardsOf.Load(cluster.Id);
                return new DeferredResult<ClusterCoverage>(async cancellationToken =>
                {
                    var points = (await needs.GetResultAsync(cancellationToken)).Select(ToPoint).ToList();
                    var curatedWards = (await wards.GetResultAsync(cancellationToken)).Select(w => w.Id);
                    var demand = ClusterDemand.FromNeeds(new GeoPoint(cluster.CentroidLatitude, cluster.CentroidLongitude), points, curatedWards);
                    return (await data.CoverageAnalyzerAsync(cancellationToken)).Analyze(demand, radius);
                });
            });

    private static NeedPoint ToPoint(IdentifiedNeed need) =>
        new(need.Id, new GeoPoint(need.Latitude, need.Longitude), need.ServiceCategoryId, need.FamiliesAffected, need.Severity, need.WardId);
}
