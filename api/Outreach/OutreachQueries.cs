using GraphQL.Types;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Outreach;

public static class OutreachQueries
{
    public static void AddOutreachQueries(this ObjectGraphType query)
    {
        query.RootConnection<OutreachClusterType, OutreachCluster, OutreachClusterFilter, OutreachClusterSort>(
            "outreachClusters", "Curated outreach clusters: places where identified need clusters.",
            ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().OutreachClusters);
        query.RootConnection<IdentifiedNeedType, IdentifiedNeed, IdentifiedNeedFilter, IdentifiedNeedSort>(
            "identifiedNeeds", "Needs identified among families, each located only to its grid cell.",
            ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().IdentifiedNeeds);
    }
}
