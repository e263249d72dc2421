using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>
/// What a cluster asks of the directory: where it is, the categories it needs (with their shares of its families)
/// and the wards it touches. Built from a detected cluster, or from a curated one and its needs.
/// </summary>
public sealed record ClusterDemand(GeoPoint Centroid, IReadOnlyList<CategoryShare> Categories, IReadOnlySet<int> WardIds)
{
    /// <summary>A detected cluster's demand: its dominant categories only.</summary>
    public static ClusterDemand From(DetectedCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new ClusterDemand(cluster.Centroid, cluster.DominantCategories, cluster.WardIds.ToHashSet());
    }
}
