using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Caching;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.Coverage;

namespace VcsDirectory.Api.Outreach.NeedMap;

/// <summary>
/// The plain records the clustering and coverage algorithms work on, read from the database: one query per kind,
/// only the columns they use. Scoped to the request, which reads centres, organisations and lookups once however
/// many fields ask (resolvers take turns on the request's DbContext, so the cached tasks are never raced).
/// </summary>
/// <remarks>
/// Every need (the unfiltered selection, which detection and the map layers use by default), the lookups and the
/// coverage analyser are snapshots kept across requests while the data version stays put (<see cref="VersionedSnapshots"/>).
/// </remarks>
public sealed class NeedMapData(DirectoryDbContext db, VersionedSnapshots snapshots)
{
    private Task<NeedMapLookups>? lookups;
    private Task<IReadOnlyList<CentrePoint>>? centres;
    private Task<IReadOnlyList<ProviderPoint>>? providers;
    private Task<CoverageAnalyzer>? analyzer;

    /// <summary>The selected needs at their stored (grid-snapped) positions, by id.</summary>
    public Task<IReadOnlyList<NeedPoint>> NeedsAsync(NeedSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return selection == NeedSelection.All
            ? snapshots.GetAsync("outreach.needs", db, ct => ReadNeedsAsync(selection, ct), cancellationToken)
            : ReadNeedsAsync(selection, cancellationToken);
    }

    private async Task<IReadOnlyList<NeedPoint>> ReadNeedsAsync(NeedSelection selection, CancellationToken cancellationToken)
    {
        var query = db.IdentifiedNeeds.AsNoTracking();
        if (selection.ServiceCategoryIds is { } categories)
        {
            query = query.Where(n => categories.Contains(n.ServiceCategoryId));
        }

        if (selection.WardIds is { } wards)
        {
            query = query.Where(n => n.WardId != null && wards.Contains(n.WardId.Value));
        }

        if (selection.RecordedSince is { } since)
        {
            query = query.Where(n => n.RecordedOn >= since);
        }

        return await query.OrderBy(n => n.Id)
            .Select(n => new NeedPoint(n.Id, new GeoPoint(n.Latitude, n.Longitude), n.ServiceCategoryId, n.FamiliesAffected, n.Severity, n.WardId))
            .ToListAsync(cancellationToken);
    }

    public Task<NeedMapLookups> LookupsAsync(CancellationToken cancellationToken) =>
        lookups ??= snapshots.GetAsync("outreach.lookups", db, LoadLookupsAsync, cancellationToken);

    /// <summary>Every children's centre, with its location when known and the categories it offers.</summary>
    public Task<IReadOnlyList<CentrePoint>> CentresAsync(CancellationToken cancellationToken) => centres ??= LoadCentresAsync(cancellationToken);

    /// <summary>Every organisation not archived, with its base when known, the categories it delivers and the wards it serves.</summary>
    public Task<IReadOnlyList<ProviderPoint>> ProvidersAsync(CancellationToken cancellationToken) => providers ??= LoadProvidersAsync(cancellationToken);

    /// <summary>The borough's centres and organisations, ready to be asked about any number of clusters.</summary>
    public Task<CoverageAnalyzer> CoverageAnalyzerAsync(CancellationToken cancellationToken) =>
        analyzer ??= snapshots.GetAsync("outreach.coverage", db, BuildAnalyzerAsync, cancellationToken);

    private async Task<NeedMapLookups> LoadLookupsAsync(CancellationToken cancellationToken)
    {
        var categories = await db.ServiceCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);
        var wards = await db.Wards.AsNoTracking()
            .Select(w => new { w.Id, w.Code, w.CentroidLatitude, w.CentroidLongitude })
            .ToListAsync(cancellationToken);
        return new NeedMapLookups(
            categories,
            wards.ToDictionary(w => w.Id, w => w.Code),
            wards.ToDictionary(w => w.Id, w => new GeoPoint(w.CentroidLatitude, w.CentroidLongitude)));
    }

    private async Task<IReadOnlyList<CentrePoint>> LoadCentresAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ChildrensCentres.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.Latitude, c.Longitude, Services = c.Services.Select(s => s.Id).ToList() })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new CentrePoint(c.Id, c.Name, At(c.Latitude, c.Longitude), c.Services.ToHashSet())).ToList();
    }

    private async Task<IReadOnlyList<ProviderPoint>> LoadProvidersAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Organisations.AsNoTracking().Where(o => o.ArchivedAt == null).OrderBy(o => o.Id)
            .Select(o => new
            {
                o.Id, o.Name, o.Latitude, o.Longitude,
                Services = o.Services.Select(s => s.Id).ToList(),
                Wards = o.Wards.Select(w => w.Id).ToList(),
            })
            .ToListAsync(cancellationToken);
        // Frozen: a set of ten ints or fewer is an array scanned in place, about half a HashSet's size (80-88 bytes against
        // 168 for one to three), and the coverage snapshot holds two per organisation while the data version stays put.
        return rows.Select(o => new ProviderPoint(o.Id, o.Name, At(o.Latitude, o.Longitude), o.Services.ToFrozenSet(), o.Wards.ToFrozenSet())).ToList();
    }

    private async Task<CoverageAnalyzer> BuildAnalyzerAsync(CancellationToken cancellationToken)
    {
        var knownCentres = await CentresAsync(cancellationToken);
        return new CoverageAnalyzer(knownCentres, await ProvidersAsync(cancellationToken));
    }

    private static GeoPoint? At(double? latitude, double? longitude) =>
        latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null;
}
