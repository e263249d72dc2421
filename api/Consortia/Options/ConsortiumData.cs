using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Services;

namespace VcsDirectory.Api.Consortia.Options;

/// <summary>
/// The directory as the consortium builder sees it, loaded once per request in a few queries: every centre's required
/// categories, reach wards and location; every non-archived organisation's willingness, size band, capacities, ACTIVE
/// services' categories, wards served and location.
/// </summary>
public sealed class ConsortiumData(DirectoryDbContext db)
{
    private Task<IReadOnlyList<ConsortiumCentre>>? _centres;
    private Task<IReadOnlyList<ConsortiumCandidate>>? _organisations;

    public Task<IReadOnlyList<ConsortiumCentre>> CentresAsync(CancellationToken cancellationToken) => _centres ??= LoadCentresAsync(cancellationToken);

    public Task<IReadOnlyList<ConsortiumCandidate>> OrganisationsAsync(CancellationToken cancellationToken) => _organisations ??= LoadOrganisationsAsync(cancellationToken);

    private async Task<IReadOnlyList<ConsortiumCentre>> LoadCentresAsync(CancellationToken cancellationToken)
    {
        var centres = await db.ChildrensCentres.Select(c => new { c.Id, c.Name, c.Latitude, c.Longitude }).ToListAsync(cancellationToken);
        var required = (await db.ChildrensCentres.SelectMany(c => c.Services, (c, s) => new { c.Id, s.Code }).ToListAsync(cancellationToken)).ToLookup(x => x.Id, x => x.Code);
        var reach = (await db.ChildrensCentres.SelectMany(c => c.ReachWards, (c, w) => new { c.Id, Ward = w.Id }).ToListAsync(cancellationToken)).ToLookup(x => x.Id, x => x.Ward);
        return [.. centres.Select(c => new ConsortiumCentre(c.Id, c.Name, required[c.Id].ToHashSet(), reach[c.Id].ToHashSet(), Point(c.Latitude, c.Longitude)))];
    }

    private async Task<IReadOnlyList<ConsortiumCandidate>> LoadOrganisationsAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.Where(o => o.ArchivedAt == null)
            .Select(o => new { o.Id, o.Name, o.SizeBand, o.Latitude, o.Longitude, o.Willingness.ToLeadConsortium, o.Willingness.ToJoinConsortium })
            .ToListAsync(cancellationToken);
        var strengths = (await db.OrganisationCapacities.Select(c => new { c.OrganisationId, c.CapacityArea.Code, c.Strength }).ToListAsync(cancellationToken))
            .ToLookup(c => c.OrganisationId);
        var delivered = (await db.Services.Where(s => s.Status == ServiceStatus.Active).Select(s => new { s.ProviderId, s.ServiceCategory.Code }).ToListAsync(cancellationToken))
            .ToLookup(s => s.ProviderId, s => s.Code);
        var wards = (await db.Organisations.SelectMany(o => o.Wards, (o, w) => new { o.Id, Ward = w.Id }).ToListAsync(cancellationToken)).ToLookup(x => x.Id, x => x.Ward);
        return
        [
            .. organisations.Select(o => new ConsortiumCandidate(
                o.Id, o.Name, o.SizeBand, IsArchived: false, o.ToLeadConsortium, o.ToJoinConsortium,
                strengths[o.Id].ToDictionary(c => c.Code, c => c.Strength), delivered[o.Id].ToHashSet(), wards[o.Id].ToHashSet(), Point(o.Latitude, o.Longitude))),
        ];
    }

    private static GeoPoint? Point(double? latitude, double? longitude) => latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null;
}
