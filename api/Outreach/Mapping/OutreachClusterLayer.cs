using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Features;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Api.Outreach.Mapping;

/// <summary>
/// Curated outreach clusters: drawn as the hull of their needs' grid cells, the same shape a detected cluster has,
/// or as their centroid when no need is attached yet.
/// </summary>
internal static class OutreachClusterLayer
{
    public static async Task<FeatureCollection> ReadAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var clusters = await db.OutreachClusters.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Name, c.CentroidLatitude, c.CentroidLongitude, c.OutreachSite, c.IsSynthetic,
                Centre = c.ChildrensCentre == null ? null : c.ChildrensCentre.Name,
            })
            .ToListAsync(cancellationToken);
        var needs = (await db.IdentifiedNeeds.AsNoTracking().Where(n => n.OutreachClusterId != null)
                .Select(n => new { ClusterId = n.OutreachClusterId!.Value, n.Latitude, n.Longitude, n.FamiliesAffected })
                .ToListAsync(cancellationToken))
            .ToLookup(n => n.ClusterId);
        return GeoJsonDocuments.Collection(clusters.Select(c =>
        {
            var cells = needs[c.Id].Select(n => new GeoPoint(n.Latitude, n.Longitude)).Distinct().OrderBy(p => p.Latitude).ThenBy(p => p.Longitude).ToArray();
            var properties = new Dictionary<string, object?>
            {
                ["id"] = GlobalId.Encode<OutreachClusterType>(c.Id),
                ["name"] = c.Name,
                ["familiesAffected"] = needs[c.Id].Sum(n => n.FamiliesAffected),
                ["needCount"] = needs[c.Id].Count(),
                ["childrensCentre"] = c.Centre,
                ["outreachSite"] = c.OutreachSite,
                ["isSynthetic"] = c.IsSynthetic,
                ["drawnAs"] = cells.Length > 0 ? "NEEDS_HULL" : "CENTROID",
            };
            return cells.Length > 0
                ? GeoJsonDocuments.Feature(new MapArea(ClusterHull.Around(cells).Hull, properties))
                : GeoJsonDocuments.Feature(new MapPoint(new GeoPoint(c.CentroidLatitude, c.CentroidLongitude), properties));
        }));
    }
}
