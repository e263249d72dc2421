using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.LoadHost;

/// <summary>
/// The load test's yardstick: the same 50 organisations, with the same relations, as the same JSON as the
/// representative GraphQL query, from hand-written code over the same DbContext. Only the database and
/// serialisation cost here, so GraphQL/baseline measures what the GraphQL pipeline adds.
/// </summary>
public static class DirectoryPageBaseline
{
    public const string Path = "/baseline/organisations";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task WriteAsync(HttpContext http)
    {
        var db = http.RequestServices.GetRequiredService<DirectoryDbContext>();
        await Results.Json(await LoadPageAsync(db, http.RequestAborted), Json).ExecuteAsync(http);
    }

    /// <summary>The baseline's answer as an object (public so the pipeline benchmark can time the same work in-process).</summary>
    public static async Task<object> LoadPageAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.Where(o => o.ArchivedAt == null).OrderBy(o => o.Id).Take(50)
            .Select(o => new { o.Id, o.Name, o.SizeBand }).ToListAsync(cancellationToken);
        var ids = organisations.Select(o => o.Id).ToList();
        var capacities = (await db.OrganisationCapacities.Where(c => ids.Contains(c.OrganisationId))
            .OrderByDescending(c => c.Strength).ThenBy(c => c.CapacityAreaId)
            .Select(c => new { c.OrganisationId, c.Strength, c.CapacityArea.Code }).ToListAsync(cancellationToken)).ToLookup(c => c.OrganisationId);
        var needs = (await db.OrganisationNeeds.Where(n => ids.Contains(n.OrganisationId))
            .OrderByDescending(n => n.Priority).ThenBy(n => n.CapacityAreaId)
            .Select(n => new { n.OrganisationId, n.Priority, n.CapacityArea.Code }).ToListAsync(cancellationToken)).ToLookup(n => n.OrganisationId);
        var wards = (await db.Organisations.Where(o => ids.Contains(o.Id)).SelectMany(o => o.Wards, (o, w) => new { o.Id, w.Name })
            .OrderBy(x => x.Name).ToListAsync(cancellationToken)).ToLookup(x => x.Id);
        var services = (await db.Organisations.Where(o => ids.Contains(o.Id)).SelectMany(o => o.Services, (o, s) => new { o.Id, s.Code, s.Name })
            .OrderBy(x => x.Name).ToListAsync(cancellationToken)).ToLookup(x => x.Id);

        var nodes = organisations.Select(o => new
        {
            name = o.Name,
            sizeBand = BandName(o.SizeBand),
            capacities = capacities[o.Id].Select(c => new { strength = c.Strength, area = new { code = c.Code } }),
            needs = needs[o.Id].Select(n => new { priority = n.Priority, area = new { code = n.Code } }),
            wards = new { nodes = wards[o.Id].Select(w => new { name = w.Name }) },
            serviceCategories = new { nodes = services[o.Id].Select(s => new { code = s.Code }) },
        });
        return new { data = new { organisations = new { nodes } } };
    }

    private static string BandName(SizeBand band) => band switch
    {
        SizeBand.SuperMajor => "SUPER_MAJOR",
        _ => band.ToString().ToUpperInvariant(),
    };
}
