using VcsDirectory.Api.GraphQL.Protection;
using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach.Detection;

public static class DetectionQueries
{
    public static void AddDetectionQueries(this ObjectGraphType query) =>
        query.Field<DetectedNeedClusterListType>("detectNeedClusters")
            .Description(
                "Finds where identified need clusters, with what covers each cluster and what is missing. Computed from the current data " +
                "(and kept in memory until it changes), never stored: keep a cluster with `createOutreachCluster` and its `needIds`. Needs are shown only in aggregate.")
            .Argument<DetectNeedClustersInputType>("input", "How to detect, and among which needs; omitted: the defaults over every need.")
            .ResolveAsync(async ctx =>
            {
                var data = ctx.RequestServices!.GetRequiredService<NeedMapData>();
                var request = DetectionRequest.Parse(ctx.GetArgument<object?>("input") as IDictionary<string, object?>, await data.LookupsAsync(ctx.CancellationToken));
                return await ctx.RequestServices!.GetRequiredService<DetectionMemo>().DetectAsync(
                    ctx.RequestServices!.GetRequiredService<DirectoryDbContext>(), data, request, ctx.CancellationToken);
            })
            .PricedComputation(OutreachPrices.Detection);
}
