using GraphQL;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Features;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Outreach.Mapping;

/// <summary>Children's centres with a known location, as points carrying their public fields.</summary>
internal static class CentreLayer
{
    public static async Task<FeatureCollection> ReadAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var centres = await db.ChildrensCentres.AsNoTracking()
            .Where(c => c.Latitude != null && c.Longitude != null)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.Status2013, c.LocationPrecision, c.Latitude, c.Longitude, Operator = c.Operator == null ? null : c.Operator.Name })
            .ToListAsync(cancellationToken);
        return GeoJsonDocuments.Points(centres.Select(c => new MapPoint(new GeoPoint(c.Latitude!.Value, c.Longitude!.Value), new Dictionary<string, object?>
        {
            ["id"] = GlobalId.Encode<ChildrensCentreType>(c.Id),
            ["name"] = c.Name,
            ["status2013"] = c.Status2013,
            ["locationPrecision"] = c.LocationPrecision.ToString().ToConstantCase(),
            ["operator"] = c.Operator,
        })));
    }
}
