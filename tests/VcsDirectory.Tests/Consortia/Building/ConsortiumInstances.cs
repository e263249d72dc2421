using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Tests.Consortia.Building;

/// <summary>Centres and candidates with plain defaults, and seeded random small instances for the property tests.</summary>
internal static class ConsortiumInstances
{
    public static readonly GeoPoint Here = new(50.7130, -1.9870);
    public static readonly string[] Codes = ["EARLY_YEARS", "FAMILY_SUPPORT", "SEND", "SPEECH_LANGUAGE", "PARENTING_SUPPORT"];

    public static ConsortiumCentre Centre(int id = 1, string[]? required = null, int[]? reach = null, GeoPoint? location = null) =>
        new(id, $"Centre {id}", (required ?? ["EARLY_YEARS", "SEND"]).ToHashSet(), (reach ?? [1]).ToHashSet(), location);

    public static ConsortiumCandidate Candidate(
        int id,
        string[]? delivers = null,
        int[]? wards = null,
        SizeBand band = SizeBand.Medium,
        bool join = true,
        bool lead = true,
        int governance = 2,
        int finance = 2,
        bool archived = false,
        GeoPoint? location = null) =>
        new(id, $"Organisation {id}", band, archived, lead, join,
            new Dictionary<string, int> { [ConsortiumEligibility.Governance] = governance, [ConsortiumEligibility.FinancialManagement] = finance },
            (delivers ?? ["EARLY_YEARS"]).ToHashSet(), (wards ?? [1]).ToHashSet(), location);

    /// <summary>A point about <paramref name="km"/> north of <see cref="Here"/>.</summary>
    public static GeoPoint North(double km) => new(Here.Latitude + km / 111.2, Here.Longitude);

    public static (ConsortiumCentre Centre, List<ConsortiumCandidate> Organisations) Random(Random random, int centreId = 1, int? count = null)
    {
        var required = Subset(random, Codes, 2, 4);
        var centre = new ConsortiumCentre(centreId, $"Centre {centreId}", required.ToHashSet(), Subset(random, [1, 2, 3, 4], 1, 2).ToHashSet(),
            random.NextDouble() < 0.8 ? Here : null);
        var organisations = Enumerable.Range(1, count ?? random.Next(4, 11)).Select(id => new ConsortiumCandidate(
            id, $"Organisation {id}", (SizeBand)random.Next(0, 4), random.NextDouble() < 0.05, random.NextDouble() < 0.6, random.NextDouble() < 0.85,
            new Dictionary<string, int> { [ConsortiumEligibility.Governance] = random.Next(1, 4), [ConsortiumEligibility.FinancialManagement] = random.Next(1, 4) },
            Subset(random, Codes, 0, 3).ToHashSet(), Subset(random, [1, 2, 3, 4, 5], 0, 4).ToHashSet(),
            random.NextDouble() < 0.8 ? North(random.NextDouble() * 4.5) : null)).ToList();
        return (centre, organisations);
    }

    /// <summary>Several centres sharing one pool of organisations.</summary>
    public static (List<ConsortiumCentre> Centres, List<ConsortiumCandidate> Organisations) RandomBorough(Random random, int centres, int organisations)
    {
        var (first, pool) = Random(random, 1, organisations);
        return ([first, .. Enumerable.Range(2, centres - 1).Select(id => Random(random, id, 0).Centre)], pool);
    }

    public static List<T> Subset<T>(Random random, IReadOnlyList<T> universe, int min, int max) =>
        [.. universe.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1))];
}
