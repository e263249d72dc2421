using VcsDirectory.Api.GraphQL.Protection;
using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach.Detection;

public static class DetectionQueries
{
    public static void AddDetectionQueries(this ObjectGraphType query) =>
        query.Field<DetectedNeedClusterListType>("detectNeedClusters")
            .Description(
                "Finds where identified need clusters, with what covers each cluster and what is missing. Computed on every request, " +
                "never stored: keep a cluster with `createOutreachCluster` and its `needIds`. Needs are shown only in aggregate.")
            .Argument<DetectNeedClustersInputType>("input", "How to detect, and among which needs; omitted: the defaults over every need.")
            .ResolveAsync(async ctx =>
            {
                var data = ctx.RequestServices!.GetRequiredService<NeedMapData>();
                var request = DetectionRequest.Parse(ctx.GetArgument<object?>("input") as IDictionary<string, object?>, await data.LookupsAsync(ctx.CancellationToken));
                var needs = await data.NeedsAsync(request.Selection, ctx.CancellationToken);
                var used = NeedClusterer.Run(needs, request.Clustering);
                return new DetectedNeedClusterList(
                    request, used, needs.Count, needs.Sum(n => n.FamiliesAffected), used.Clusters.Select(c => new DetectedNeedCluster(c, request.CoverageRadiusKm)).ToList());
            })
            .PricedComputation(OutreachPrices.Detection);
}
