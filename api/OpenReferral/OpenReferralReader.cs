using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Services;

namespace VcsDirectory.Api.OpenReferral;

/// <summary>Reads what each ORUK document needs in a fixed number of statements, whatever the page size.</summary>
public sealed class OpenReferralReader(DirectoryDbContext db)
{
    public async Task<JsonObject> ServicesAsync(OpenReferralServiceFilter filter, OpenReferralPaging paging, CancellationToken cancellationToken)
    {
        var ids = filter.Ordered(db, await filter.ApplyAsync(db, db.Services, cancellationToken));
        var total = await ids.CountAsync(cancellationToken);
        var page = await ids.Skip(paging.Skip).Take(paging.PerPage).ToListAsync(cancellationToken);
        var services = (await db.Services.Include(s => s.Provider).Where(s => page.Contains(s.Id)).ToListAsync(cancellationToken)).ToDictionary(s => s.Id);
        return paging.Envelope(total, [.. page.Select(id => OpenReferralServices.ListItem(services[id]))]);
    }

    /// <summary>The service whose UUID is <paramref name="uuid"/>, fully nested; null when none has it.</summary>
    public async Task<JsonObject?> ServiceAsync(string uuid, CancellationToken cancellationToken)
    {
        var ids = await db.Services.Select(s => s.Id).ToListAsync(cancellationToken);
        var id = ids.FirstOrDefault(i => OpenReferralIds.Service(i) == uuid);
        return id == 0 ? null : OpenReferralServices.Full(await Nested().SingleAsync(s => s.Id == id, cancellationToken));
    }

    public async Task<JsonObject> ServiceAtLocationsAsync(OpenReferralServiceFilter filter, OpenReferralPaging paging, CancellationToken cancellationToken)
    {
        var services = await filter.ApplyAsync(db, db.Services, cancellationToken);
        var matching = filter.Ordered(db, services);
        var pairs = db.Services.Where(s => matching.Contains(s.Id)).SelectMany(s => s.Centres, (s, c) => new { ServiceId = s.Id, CentreId = c.Id })
            .OrderBy(p => p.ServiceId).ThenBy(p => p.CentreId);
        var total = await pairs.CountAsync(cancellationToken);
        var page = await pairs.Skip(paging.Skip).Take(paging.PerPage).ToListAsync(cancellationToken);
        var serviceIds = page.Select(p => p.ServiceId).Distinct().ToList();
        var loaded = (await db.Services.Include(s => s.Provider).Include(s => s.Centres).Where(s => serviceIds.Contains(s.Id))
            .AsSplitQuery().ToListAsync(cancellationToken)).ToDictionary(s => s.Id);
        return paging.Envelope(total, [.. page.Select(p => OpenReferralLocations.ServiceAtLocation(
            p.ServiceId, loaded[p.ServiceId].Centres.Single(c => c.Id == p.CentreId), OpenReferralServices.ListItem(loaded[p.ServiceId])))]);
    }

    /// <summary>The service_at_location whose UUID is <paramref name="uuid"/>, with its location and its service nested.</summary>
    public async Task<JsonObject?> ServiceAtLocationAsync(string uuid, CancellationToken cancellationToken)
    {
        var pairs = await db.Services.SelectMany(s => s.Centres, (s, c) => new { ServiceId = s.Id, CentreId = c.Id }).ToListAsync(cancellationToken);
        if (pairs.FirstOrDefault(p => OpenReferralIds.ServiceAtLocation(p.ServiceId, p.CentreId) == uuid) is not { } pair)
        {
            return null;
        }

        var service = await Nested().SingleAsync(s => s.Id == pair.ServiceId, cancellationToken);
        return OpenReferralLocations.ServiceAtLocation(service.Id, service.Centres.Single(c => c.Id == pair.CentreId), OpenReferralServices.Full(service, withLocations: false));
    }

    public async Task<JsonObject> TaxonomyTermsAsync(OpenReferralPaging paging, CancellationToken cancellationToken)
    {
        var categories = db.ServiceCategories.OrderBy(c => c.Code);
        var total = await categories.CountAsync(cancellationToken);
        var page = await categories.Skip(paging.Skip).Take(paging.PerPage).ToListAsync(cancellationToken);
        return paging.Envelope(total, [.. page.Select(OpenReferralTaxonomy.Term)]);
    }

    private IQueryable<Service> Nested() => db.Services
        .Include(s => s.Provider).Include(s => s.ServiceCategory).Include(s => s.Centres).Include(s => s.AreaWards).AsSplitQuery();
}
