using VcsDirectory.Api.Caching;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Outreach.Detection;
using VcsDirectory.Api.Outreach.Editing;
using VcsDirectory.Api.Outreach.Mapping;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach;

public static class OutreachServiceCollectionExtensions
{
    /// <summary>
    /// Outreach clusters and identified needs: loaders, node types, the need map and its layers, root fields and mutations,
    /// and the clusters of a centre and of a ward.
    /// </summary>
    public static IServiceCollection AddOutreach(this IServiceCollection services) => services
        .AddScoped<OutreachLoaders>()
        .AddVersionedSnapshots()
        .AddScoped<NeedMapData>()
        .AddSingleton<DetectionMemo>()
        .AddScoped<MapLayers>()
        .AddRevalidatedDocuments()
        .AddNodeType<OutreachClusterType, OutreachLoaders, OutreachCluster>(l => l.ClusterById)
        .AddNodeType<IdentifiedNeedType, OutreachLoaders, IdentifiedNeed>(l => l.NeedById)
        .ExtendGraphType<QueryType>(query => query.AddOutreachQueries())
        .ExtendGraphType<QueryType>(query => query.AddNeedMapQueries())
        .ExtendGraphType<MutationType>(mutation => mutation.AddOutreachClusterMutations())
        .ExtendGraphType<MutationType>(mutation => mutation.AddIdentifiedNeedMutations())
        .ExtendGraphType<ChildrensCentreType>(centre => centre.AddCentreClustersField())
        .ExtendGraphType<WardType>(ward => ward.AddWardClustersField());
}
