using NetTopologySuite.Features;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach.Mapping;

/// <summary>
/// Identified need summed per ~250 m grid cell, one point at each cell's centre: the layer never carries a single
/// record. Positions are snapped again here, so even a need stored off the grid would only show as its cell.
/// </summary>
internal static class NeedCellLayer
{
    public static FeatureCollection Build(IEnumerable<NeedPoint> needs, NeedMapLookups lookups) =>
        GeoJsonDocuments.Points(needs
            .GroupBy(n => new GeoPoint(NeedGrid.Snap(n.Location.Latitude), NeedGrid.Snap(n.Location.Longitude)))
            .OrderBy(cell => cell.Key.Latitude).ThenBy(cell => cell.Key.Longitude)
            .Select(cell => new MapPoint(cell.Key, new Dictionary<string, object?>
            {
                ["families"] = cell.Sum(n => n.FamiliesAffected),
                ["needCount"] = cell.Count(),
                ["familiesByCategory"] = cell
                    .GroupBy(n => lookups.ServiceCategoryCodes.GetValueOrDefault(n.ServiceCategoryId, "UNKNOWN"))
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Sum(n => n.FamiliesAffected)),
            })));
}
