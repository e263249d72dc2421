using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Paging;

namespace VcsDirectory.Api.Outreach;

/// <summary>A centre's and a ward's outreach clusters: added to those features' types by this one, which owns the relations.</summary>
public static class ClusterRelationFields
{
    public static void AddCentreClustersField(this ChildrensCentreType type) =>
        type.RelationConnection<ChildrensCentre, OutreachClusterType, OutreachCluster, OutreachClusterFilter, OutreachClusterSort>(
            "outreachClusters", "Outreach clusters linked to it, by name.", services => services.GetRequiredService<OutreachLoaders>().OfCentre, x => x.Id);

    public static void AddWardClustersField(this WardType type) =>
        type.RelationConnection<Ward, OutreachClusterType, OutreachCluster, OutreachClusterFilter, OutreachClusterSort>(
            "outreachClusters", "Outreach clusters that touch this ward, by name.",
            services => services.GetRequiredService<OutreachLoaders>().Touching, x => x.Id);
}
