using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Tests.Consortia.Building;

/// <summary>Random boroughs for the plan's property tests: split into parts no organisation links, or crowded with alike candidates.</summary>
internal static class BoroughInstances
{
    /// <summary>Two crowded boroughs apart (other wards, other ids): no organisation is local to both.</summary>
    public static (List<ConsortiumCentre> Centres, List<ConsortiumCandidate> Organisations) Split(Random random)
    {
        var (westCentres, westOrganisations) = Crowded(random, centres: 2, organisations: random.Next(4, 6));
        var (eastCentres, eastOrganisations) = Crowded(random, centres: random.Next(1, 3), organisations: random.Next(4, 6));
        return (
            [.. westCentres, .. eastCentres.Select(c => c with { Id = c.Id + 10, ReachWardIds = c.ReachWardIds.Select(w => w + 10).ToHashSet() })],
            [.. westOrganisations, .. eastOrganisations.Select(o => o with { Id = o.Id + 100, WardIds = o.WardIds.Select(w => w + 10).ToHashSet() })]);
    }

    /// <summary>Centres needing one or two of three categories, and many candidates alike: dominated ones abound.</summary>
    public static (List<ConsortiumCentre> Centres, List<ConsortiumCandidate> Organisations) Crowded(Random random, int centres, int organisations)
    {
        string[] codes = ["EARLY_YEARS", "FAMILY_SUPPORT", "SEND"];
        var all = Enumerable.Range(1, centres).Select(id => ConsortiumInstances.Centre(
            id, required: [.. ConsortiumInstances.Subset(random, codes, 1, 2)], reach: [.. ConsortiumInstances.Subset(random, [1, 2, 3], 1, 2)])).ToList();
        var pool = Enumerable.Range(1, organisations).Select(id => ConsortiumInstances.Candidate(
            id,
            delivers: [.. ConsortiumInstances.Subset(random, codes, 1, 2)],
            wards: [.. ConsortiumInstances.Subset(random, [1, 2, 3], 1, 2)],
            band: (SizeBand)random.Next(0, 4),
            join: random.NextDouble() < 0.9,
            lead: random.NextDouble() < 0.6,
            governance: random.Next(1, 4))).ToList();
        return (all, pool);
    }
}
