using GraphQL;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Features;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Outreach.Mapping;

/// <summary>
/// Organisations not archived with a known base, as points. The query reads public columns only, so no contact
/// detail can reach the layer whoever asks: the layer is public and served without a token.
/// </summary>
internal static class OrganisationLayer
{
    public static async Task<FeatureCollection> ReadAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.ArchivedAt == null && o.Latitude != null && o.Longitude != null)
            .OrderBy(o => o.Id)
            .Select(o => new
            {
                o.Id, o.Name, o.SizeBand, o.Kind, o.Latitude, o.Longitude, WillingToMentor = o.Willingness.ToMentor,
                Services = o.Services.OrderBy(s => s.Code).Select(s => s.Code).ToList(),
            })
            .ToListAsync(cancellationToken);
        return GeoJsonDocuments.Points(organisations.Select(o => new MapPoint(new GeoPoint(o.Latitude!.Value, o.Longitude!.Value), new Dictionary<string, object?>
        {
            ["id"] = GlobalId.Encode<OrganisationType>(o.Id),
            ["name"] = o.Name,
            ["sizeBand"] = o.SizeBand.ToString().ToConstantCase(),
            ["kind"] = o.Kind.ToString().ToConstantCase(),
            ["services"] = o.Services.ToArray(),
            ["willingToMentor"] = o.WillingToMentor,
        })));
    }
}
