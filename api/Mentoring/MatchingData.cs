using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VcsDirectory.Api.Caching;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Mentoring.Pairings;

namespace VcsDirectory.Api.Mentoring;

/// <summary>
/// The directory as the matching algorithms see it: a snapshot kept across requests for as long as the data version
/// stays put (see <see cref="VersionedSnapshots"/>), checked once per request, however many suggestion fields it
/// asks for; loaded in a handful of queries (organisations, their wards, services, capacities and needs, the
/// pairings and exclusions) when the version has moved.
/// </summary>
public sealed class MatchingData(DirectoryDbContext db, IOptions<MatchingWeights> weights, VersionedSnapshots snapshots)
{
    private Task<MatchingPool>? _pool;

    public Task<MatchingPool> PoolAsync(CancellationToken cancellationToken) =>
        _pool ??= snapshots.GetAsync("mentoring.pool", db, LoadAsync, cancellationToken);

    private async Task<MatchingPool> LoadAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.Where(o => o.ArchivedAt == null)
            .Select(o => new { o.Id, o.Name, o.SizeBand, o.AnnualIncome, o.Latitude, o.Longitude, o.Willingness.ToMentor, o.Willingness.MaxMentees })
            .ToListAsync(cancellationToken);
        var wards = await Pairs(db.Organisations.SelectMany(o => o.Wards, (o, w) => new IdPair(o.Id, w.Id)), cancellationToken);
        var services = await Pairs(db.Organisations.SelectMany(o => o.Services, (o, s) => new IdPair(o.Id, s.Id)), cancellationToken);
        var capacities = (await db.OrganisationCapacities.Select(c => new { c.OrganisationId, c.CapacityAreaId, c.Strength }).ToListAsync(cancellationToken))
            .ToLookup(c => c.OrganisationId);
        var needs = (await db.OrganisationNeeds.Select(n => new { n.OrganisationId, n.CapacityAreaId, n.Priority }).ToListAsync(cancellationToken))
            .ToLookup(n => n.OrganisationId);
        var pairings = await db.MentoringPairings
            .Select(p => new MentoringPairing(p.MentorId, p.MenteeId, p.State, p.State == PairingState.Ended && p.Outcome == PairingOutcome.BrokeDown))
            .ToListAsync(cancellationToken);
        var exclusions = await db.MentoringExclusions
            .Select(e => new MentoringExclusion(e.FirstOrganisationId, e.SecondOrganisationId))
            .ToListAsync(cancellationToken);

        var snapshot = organisations.Select(o => new MatchingOrganisation(
            o.Id, o.Name, o.SizeBand, o.AnnualIncome,
            o.Latitude is { } lat && o.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
            // Frozen and compact: the snapshot holds these for 10,000 organisations for as long as the version stays put.
            wards[o.Id].ToFrozenSet(), services[o.Id].ToFrozenSet(),
            AreaLevelDictionary.Of(capacities[o.Id].Select(c => (c.CapacityAreaId, c.Strength))),
            AreaLevelDictionary.Of(needs[o.Id].Select(n => (n.CapacityAreaId, n.Priority))),
            o.ToMentor, o.MaxMentees));
        return new MatchingPool(snapshot, new MentoringHistory(pairings, exclusions), weights.Value);
    }

    private static async Task<ILookup<int, int>> Pairs(IQueryable<IdPair> pairs, CancellationToken cancellationToken) =>
        (await pairs.ToListAsync(cancellationToken)).ToLookup(p => p.Parent, p => p.Child);

    private sealed record IdPair(int Parent, int Child);
}
