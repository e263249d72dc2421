using NetTopologySuite.Features;
using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.Coverage;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach.Mapping;

/// <summary>Detected clusters as hull polygons, each with its figures and its coverage, categories and wards by code.</summary>
internal static class DetectedClusterLayer
{
    public static FeatureCollection Build(IEnumerable<DetectedCluster> clusters, CoverageAnalyzer coverage, NeedMapLookups lookups) =>
        GeoJsonDocuments.Areas(clusters.Select(cluster =>
        {
            var covered = coverage.Analyze(cluster);
            var properties = DetectedClusterFeatures.Figures(cluster);
            properties["dominantCategories"] = lookups.CategoryCodesOf(cluster.DominantCategories.Select(c => c.ServiceCategoryId));
            properties["wards"] = lookups.WardCodesOf(cluster.WardIds);
            properties["coverageScore"] = Math.Round(covered.Score, 4);
            properties["gaps"] = lookups.CategoryCodesOf(covered.Gaps);
            properties["nearestCentre"] = covered.NearestCentre?.Centre.Name;
            properties["nearestCentreKm"] = covered.NearestCentre is { } nearest ? Math.Round(nearest.DistanceKm, 3) : null;
            return new MapArea(cluster.Hull, properties);
        }));
}
