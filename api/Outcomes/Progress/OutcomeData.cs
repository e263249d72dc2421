using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Caching;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Outcomes.Indicators;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.NeedMap;
using VcsDirectory.Api.Services;

namespace VcsDirectory.Api.Outcomes.Progress;

/// <summary>
/// The plain records the computed indicators read, for the whole borough (a few centres, a few hundred services) and
/// shared by every centre asked about; clusters and coverage come from the Outreach feature's own analysis.
/// </summary>
/// <remarks>
/// Kept across requests while the data version stays put (<see cref="VersionedSnapshots"/>): the need clusters are
/// detected once per change of the data rather than on every read of a report or the borough view; every write moves
/// the version, so a computed indicator still follows it on the next read.
/// </remarks>
public sealed class OutcomeData(DirectoryDbContext db, NeedMapData needMap, VersionedSnapshots snapshots)
{
    private Task<Borough>? borough;

    public async Task<CentreRecords?> RecordsForAsync(int centreId, CancellationToken cancellationToken)
    {
        var all = await (borough ??= snapshots.GetAsync("outcomes.borough", db, LoadAsync, cancellationToken));
        return all.Centres.TryGetValue(centreId, out var centre)
            ? new CentreRecords(centre, all.Services[centreId].ToList(), all.Opportunities[centreId].ToList(), all.Providers, all.Clusters, all.Support)
            : null;
    }

    private async Task<Borough> LoadAsync(CancellationToken ct)
    {
        var centres = await db.ChildrensCentres.AsNoTracking().OrderBy(c => c.Id).Select(c => new
        {
            c.Id, c.Latitude, c.Longitude, c.OperatorId, c.ParentRepresentativeCount, c.HasAdvisoryBoard,
            Reach = c.ReachWards.Select(w => w.Id).ToList(), Required = c.Services.Select(s => s.Id).ToList(),
        }).ToListAsync(ct);
        var services = await (
            from s in db.Services.AsNoTracking()
            where s.Status == ServiceStatus.Active
            from c in s.Centres
            select new { CentreId = c.Id, s.Id, s.ProviderId, s.ServiceCategoryId }).ToListAsync(ct);
        var opportunities = await db.ParticipationOpportunities.AsNoTracking()
            .Select(o => new { o.CentreId, Facts = new OpportunityFacts(o.Kind, o.IsOpen, o.Places, o.PlacesFilled) }).ToListAsync(ct);
        var pairings = await db.MentoringPairings.AsNoTracking().Where(p => p.State == PairingState.Active)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.MentorId, p.MenteeId }).ToListAsync(ct);
        // A plan is open while a step is not done; a plan has no other state (it is never withdrawn, only completed step by step).
        var plans = await db.SupportPlans.AsNoTracking().Where(p => p.Steps.Any(s => s.DoneAt == null))
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.OrganisationId }).ToListAsync(ct);

        var providers = await needMap.ProvidersAsync(ct);
        var wardsOf = providers.ToDictionary(p => p.OrganisationId, p => p.WardIds);
        var analyzer = await needMap.CoverageAnalyzerAsync(ct);
        var clusters = NeedClusterer.Detect(await needMap.NeedsAsync(NeedSelection.All, ct))
            .Select(c => new ClusterReach(c.Key, c.FamiliesAffected, c.WardIds.ToHashSet(), analyzer.Analyze(c).Score)).ToList();
        IReadOnlySet<int> Wards(int organisationId) => wardsOf.GetValueOrDefault(organisationId) ?? new HashSet<int>();

        return new Borough(
            centres.ToDictionary(c => c.Id, c => new CentreFacts(
                c.Id, c.Latitude is { } lat && c.Longitude is { } lon ? new GeoPoint(lat, lon) : null, c.OperatorId is not null,
                c.Reach.ToHashSet(), c.Required.ToHashSet(), c.ParentRepresentativeCount, c.HasAdvisoryBoard)),
            // Every organisation in the directory is a VCS organisation: the council's own delivery is the in-house share.
            services.ToLookup(s => s.CentreId, s => new DeliveredService(s.Id, s.ProviderId, s.ServiceCategoryId, ProviderIsVcs: true)),
            opportunities.ToLookup(o => o.CentreId, o => o.Facts),
            providers,
            clusters,
            [
                .. pairings.Select(p => new SupportRelationship(SupportKind.MentoringPairing, p.Id, [new(p.MentorId, Wards(p.MentorId)), new(p.MenteeId, Wards(p.MenteeId))])),
                .. plans.Select(p => new SupportRelationship(SupportKind.SupportPlan, p.Id, [new(p.OrganisationId, Wards(p.OrganisationId))])),
            ]);
    }

    private sealed record Borough(
        IReadOnlyDictionary<int, CentreFacts> Centres,
        ILookup<int, DeliveredService> Services,
        ILookup<int, OpportunityFacts> Opportunities,
        IReadOnlyList<Outreach.Coverage.ProviderPoint> Providers,
        IReadOnlyList<ClusterReach> Clusters,
        IReadOnlyList<SupportRelationship> Support);
}
