using NetTopologySuite.Features;
using VcsDirectory.Api.Geography.GeoJson;

namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>Detected clusters as map layers: hulls as polygons and centroids as points, each feature carrying the cluster's figures.</summary>
public static class DetectedClusterFeatures
{
    public static FeatureCollection Hulls(IEnumerable<DetectedCluster> clusters) =>
        GeoJsonDocuments.Areas(clusters.Select(c => new MapArea(c.Hull, Properties(c))));

    public static FeatureCollection Centroids(IEnumerable<DetectedCluster> clusters) =>
        GeoJsonDocuments.Points(clusters.Select(c => new MapPoint(c.Centroid, Properties(c))));

    /// <summary>The figures every cluster feature carries, for layers that add their own properties after them.</summary>
    public static Dictionary<string, object?> Figures(DetectedCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new()
        {
            ["key"] = cluster.Key,
            ["number"] = cluster.Number,
            ["familiesAffected"] = cluster.FamiliesAffected,
            ["needCount"] = cluster.NeedIds.Count,
            ["areaKm2"] = Math.Round(cluster.AreaKm2, 4),
            ["intensity"] = Math.Round(cluster.Intensity, 2),
        };
    }

    private static Dictionary<string, object?> Properties(DetectedCluster cluster)
    {
        var properties = Figures(cluster);
        properties["dominantCategoryIds"] = cluster.DominantCategories.Select(c => c.ServiceCategoryId).ToArray();
        properties["wardIds"] = cluster.WardIds.ToArray();
        return properties;
    }
}
