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

    /// <summary>
    /// A curated cluster's demand: its own centroid, the dominant categories of its needs by the rule detection uses
    /// (so a detected cluster saved with its needs asks the same of the directory), and the wards of its needs
    /// together with the wards curated for it.
    /// </summary>
    public static ClusterDemand FromNeeds(GeoPoint centroid, IReadOnlyCollection<NeedPoint> needs, IEnumerable<int> curatedWardIds, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(curatedWardIds);
        var dominant = CategoryRanking.Dominant(CategoryRanking.Rank(needs), (options ?? ClusteringOptions.Default).DominantCategoryMinShare);
        var wards = needs.Where(n => n.WardId is not null).Select(n => n.WardId!.Value).Concat(curatedWardIds).ToHashSet();
        return new ClusterDemand(centroid, dominant, wards);
    }
}
