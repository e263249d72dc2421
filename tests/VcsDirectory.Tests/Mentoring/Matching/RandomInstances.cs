using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Tests.Mentoring.Matching;

/// <summary>Seeded random organisations and histories for the property tests.</summary>
internal static class RandomInstances
{
    /// <summary>Organisations of every kind: some mentor, some need help, some both, some unlocated, within ~6 km.</summary>
    public static List<MatchingOrganisation> Mixed(Random random, int count, int areas = 6) =>
        [.. Enumerable.Range(1, count).Select(id => Organisation(random, id, (SizeBand)random.Next(0, 5), areas, willing: random.NextDouble() < 0.4, needs: (0, 3)))];

    /// <summary>A small planning instance: willing mentors with 1–2 places, mentees of Micro or Small size.</summary>
    public static List<MatchingOrganisation> Planning(Random random, int mentors, int mentees, int areas = 4) =>
    [
        .. Enumerable.Range(1, mentors).Select(id => Organisation(random, id, (SizeBand)random.Next(1, 5), areas, willing: true, needs: (0, 0), random.Next(1, 3))),
        .. Enumerable.Range(100, mentees).Select(id => Organisation(random, id, (SizeBand)random.Next(0, 2), areas, willing: false, needs: (1, 3))),
    ];

    /// <summary>A few Declined, badly Ended and Active pairings and an exclusion among the organisations.</summary>
    public static MentoringHistory History(Random random, IReadOnlyList<MatchingOrganisation> organisations)
    {
        var mentors = organisations.Where(o => o.WillingToMentor).ToList();
        var mentees = organisations.Where(o => o.Needs.Count > 0).ToList();
        if (mentors.Count == 0 || mentees.Count == 0)
        {
            return MentoringHistory.Empty;
        }

        MentoringPairing RandomPairing(PairingState state) =>
            new(mentors[random.Next(mentors.Count)].Id, mentees[random.Next(mentees.Count)].Id, state, EndedBadly: state == PairingState.Ended);
        var pairings = new[] { PairingState.Declined, PairingState.Ended, PairingState.Proposed, PairingState.Active }
            .Where(_ => random.NextDouble() < 0.5)
            .Select(RandomPairing)
            .ToList();
        var exclusion = RandomPairing(PairingState.Declined);
        return new MentoringHistory(pairings, random.NextDouble() < 0.5 ? [new(exclusion.MenteeId, exclusion.MentorId)] : []);
    }

    private static MatchingOrganisation Organisation(Random random, int id, SizeBand band, int areas, bool willing, (int Min, int Max) needs, int maxMentees = 2)
    {
        var lowest = SizeBands.LowerBound(band);
        var income = lowest + (long)(random.NextDouble() * ((SizeBands.UpperBoundExclusive(band) ?? lowest * 10) - lowest - 1));
        GeoPoint? location = random.NextDouble() < 0.85
            ? new GeoPoint(50.73 + (random.NextDouble() - 0.5) * 0.1, -1.96 + (random.NextDouble() - 0.5) * 0.15)
            : null;
        return new MatchingOrganisation(
            id, $"Organisation {id}", band, income, location,
            Subset(random, 6, 0, 2), Subset(random, 5, 0, 3),
            Subset(random, areas, 0, 3).ToDictionary(area => area, _ => random.Next(1, 4)),
            Subset(random, areas, needs.Min, needs.Max).ToDictionary(area => area, _ => random.Next(1, 4)),
            willing, willing ? maxMentees : 0);
    }

    private static HashSet<int> Subset(Random random, int universe, int min, int max) =>
        Enumerable.Range(1, universe).OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)).ToHashSet();
}
