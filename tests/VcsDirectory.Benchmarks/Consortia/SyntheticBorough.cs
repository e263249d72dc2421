using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Benchmarks.Mentoring;

namespace VcsDirectory.Benchmarks.Consortia;

/// <summary>
/// Boroughs of any size shaped like the Poole demo, from a seed: 16 wards in a ~10 km disc, 8 centres each reaching
/// its own ward and the two nearest and requiring 6 of 12 service categories (the last one unlocated, like Ted
/// Webster), organisations by NCVO band delivering 1–4 categories, about 45% willing to join and half the medium or
/// larger ones willing to lead.
/// </summary>
internal static class SyntheticBorough
{
    private const int Wards = 16;
    private static readonly GeoPoint Middle = new(50.73, -1.96);
    private static readonly string[] Categories =
    [
        "EARLY_YEARS", "PARENTING_SUPPORT", "FAMILY_SUPPORT", "HEALTH_WELLBEING", "SPEECH_LANGUAGE", "SEND",
        "ADULT_LEARNING", "DEBT_WELFARE", "DOMESTIC_ABUSE", "MENTAL_HEALTH", "YOUTH", "COMMUNITY_VOLUNTEERING",
    ];

    private static readonly double[] BandShares = [0.30, 0.25, 0.28, 0.13, 0.04];
    private static readonly double[] LeadShares = [0.05, 0.15, 0.5, 0.5, 0.5];

    public static (List<ConsortiumCentre> Centres, List<ConsortiumCandidate> Organisations) Create(int organisations, int seed)
    {
        var random = new Random(seed);
        var wards = Enumerable.Range(1, Wards).Select(_ => Near(random)).ToArray();
        var centres = Enumerable.Range(0, 8).Select(i =>
        {
            var own = wards[i * 2];
            var reach = Enumerable.Range(0, Wards).OrderBy(w => own.DistanceKmTo(wards[w])).Take(3).Select(w => w + 1).ToHashSet();
            return new ConsortiumCentre(i + 1, $"Centre {i + 1}", Pick(random, Categories, 6), reach, i == 7 ? null : own);
        }).ToList();
        var candidates = Enumerable.Range(1, organisations).Select(id => Organisation(random, id, wards)).ToList();
        return (centres, candidates);
    }

    private static ConsortiumCandidate Organisation(Random random, int id, GeoPoint[] wards)
    {
        var band = (SizeBand)SyntheticDirectory.Draw(random, BandShares);
        var large = band >= SizeBand.Medium;
        var location = Near(random);
        var home = Enumerable.Range(0, Wards).MinBy(w => location.DistanceKmTo(wards[w])) + 1;
        var served = Pick(random, Enumerable.Range(1, Wards).ToArray(), large ? random.Next(0, 4) : random.Next(0, 2));
        served.Add(home);
        var strengths = new Dictionary<string, int>
        {
            [ConsortiumEligibility.Governance] = large ? random.Next(1, 4) : random.Next(0, 3),
            [ConsortiumEligibility.FinancialManagement] = large ? random.Next(1, 4) : random.Next(0, 3),
        };
        return new ConsortiumCandidate(
            id, $"Synthetic {id}", band, random.NextDouble() < 0.03, random.NextDouble() < LeadShares[(int)band], random.NextDouble() < 0.45,
            strengths, Pick(random, Categories, random.Next(1, 5)), served, random.NextDouble() < 0.95 ? location : null);
    }

    private static GeoPoint Near(Random random)
    {
        var (km, bearing) = (10 * Math.Sqrt(random.NextDouble()), 2 * Math.PI * random.NextDouble());
        return new GeoPoint(Middle.Latitude + km * Math.Cos(bearing) / 111.2, Middle.Longitude + km * Math.Sin(bearing) / 70.4);
    }

    private static HashSet<T> Pick<T>(Random random, T[] universe, int count) => [.. universe.OrderBy(_ => random.Next()).Take(count)];
}
