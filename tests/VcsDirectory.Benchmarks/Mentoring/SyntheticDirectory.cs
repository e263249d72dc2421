using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Benchmarks.Mentoring;

/// <summary>
/// Directories of any size shaped like Poole's, from a seed: micro and small groups mostly needing help in 2–4 of 11
/// capacity areas, medium and larger ones strong in several, about one organisation in five a willing mentor
/// (≈2,000 per 10,000, the scale the issue sets), 12 service categories, 16 wards, all within ~10 km of 50.73N 1.96W.
/// </summary>
internal static class SyntheticDirectory
{
    private const int CapacityAreas = 11;
    private const int ServiceCategories = 12;
    private const int Wards = 16;
    private static readonly GeoPoint Centre = new(50.73, -1.96);

    // Shares by band (Micro … Major) and, for each band, the chance of being a willing mentor.
    private static readonly double[] BandShares = [0.30, 0.25, 0.28, 0.13, 0.04];
    private static readonly double[] MentorShares = [0, 0, 0.42, 0.48, 0.55];

    public static List<MatchingOrganisation> Organisations(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(id => Organisation(random, id))];
    }

    /// <summary>An Active pairing for about a third of the mentors, and a few Declined ones.</summary>
    public static MentoringHistory History(IReadOnlyList<MatchingOrganisation> organisations, int seed)
    {
        var random = new Random(seed);
        var mentees = organisations.Where(o => o.Needs.Count > 0).ToList();
        var pairings = organisations
            .Where(o => o.WillingToMentor)
            .Select(mentor => (mentor, draw: random.NextDouble()))
            .Where(m => m.draw < 0.4)
            .Select(m => new MentoringPairing(
                m.mentor.Id, mentees[random.Next(mentees.Count)].Id, m.draw < 0.33 ? PairingState.Active : PairingState.Declined))
            .ToList();
        return new MentoringHistory(pairings, []);
    }

    private static MatchingOrganisation Organisation(Random random, int id)
    {
        var band = (SizeBand)Draw(random, BandShares);
        var lowest = SizeBands.LowerBound(band);
        var income = lowest + (long)(random.NextDouble() * (SizeBands.UpperBoundExclusive(band)!.Value - lowest - 1));
        var large = band >= SizeBand.Medium;
        var willing = random.NextDouble() < MentorShares[(int)band];
        var capacityCount = band switch { SizeBand.Micro or SizeBand.Small => random.Next(1, 3), SizeBand.Medium => random.Next(3, 7), SizeBand.Large => random.Next(5, 10), _ => random.Next(7, 12) };
        var needCount = band switch { SizeBand.Micro or SizeBand.Small => random.Next(2, 5), SizeBand.Medium => random.NextDouble() < 0.4 ? random.Next(1, 3) : 0, _ => 0 };
        var needs = Pick(random, CapacityAreas, needCount).ToDictionary(area => area, _ => random.Next(1, 4));
        var capacities = Pick(random, CapacityAreas, capacityCount)
            .Where(area => !needs.ContainsKey(area))
            .ToDictionary(area => area, _ => large ? random.Next(2, 4) : random.Next(1, 3));
        return new MatchingOrganisation(
            id, $"Synthetic {id}", band, income, random.NextDouble() < 0.95 ? Near(random) : null,
            Pick(random, Wards, large ? random.Next(1, 5) : random.Next(1, 3)),
            Pick(random, ServiceCategories, random.Next(1, 5)),
            capacities, needs, willing,
            willing ? band switch { SizeBand.Medium => random.Next(1, 3), SizeBand.Large => random.Next(2, 5), _ => random.Next(3, 7) } : 0);
    }

    private static GeoPoint Near(Random random)
    {
        // Uniform over a 10 km disc around the centre.
        var (km, bearing) = (10 * Math.Sqrt(random.NextDouble()), 2 * Math.PI * random.NextDouble());
        return new GeoPoint(
            Centre.Latitude + (km * Math.Cos(bearing) / NearbyArea.LatitudeScale),
            Centre.Longitude + (km * Math.Sin(bearing) / new NearbyArea(Centre.Latitude, Centre.Longitude, 0).KmPerDegreeLongitude));
    }

    private static HashSet<int> Pick(Random random, int universe, int count) =>
        Enumerable.Range(1, universe).OrderBy(_ => random.Next()).Take(count).ToHashSet();

    /// <summary>An index drawn with the given shares (the last takes what the others leave).</summary>
    internal static int Draw(Random random, double[] shares)
    {
        var draw = random.NextDouble();
        for (var i = 0; i < shares.Length - 1; i++)
        {
            if ((draw -= shares[i]) < 0)
            {
                return i;
            }
        }

        return shares.Length - 1;
    }
}
