using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Seed.Planted;

/// <summary>
/// Plants known clusters over background need, the same shape at every volume, so that a clusterer can be judged
/// on whether it finds them at any density: <see cref="ClusterCount"/> discs of 300–600 m radius, at least 2.5 km
/// apart, hold <see cref="PlantedShare"/> of the needs (each disc its share in proportion to its area); the rest is
/// spread evenly over a 15 × 10 km borough round Poole. Positions are snapped to the 250 m need grid, as stored.
/// </summary>
/// <remarks>
/// Pure and deterministic: the same count and seed give the same needs. Planted and background needs draw their
/// families, categories and severities from the same distributions, so only where they are tells them apart; and
/// so a need drawn from the background that falls inside a disc belongs to that place, as nothing could tell
/// otherwise: a need's planted cluster is the disc its (unsnapped) position lies in.
/// </remarks>
public static class PlantedNeedGenerator
{
    public const int ClusterCount = 6;
    public const double PlantedShare = 0.55;
    public const double HalfWidthKm = 7.5;
    public const double HalfHeightKm = 5;
    private const double MinimumSeparationKm = 2.5;
    private const double KmPerDegree = 111.195;
    private static readonly GeoPoint Centre = new(50.73, -1.96);
    private static readonly double KmPerDegreeLongitude = KmPerDegree * Math.Cos(Centre.Latitude * Math.PI / 180);

    public static PlantedNeeds Create(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var discs = Discs(random);
        var totalArea = discs.Sum(d => d.RadiusKm * d.RadiusKm);
        var needs = new NeedPoint[count];
        var planted = new int[count];
        for (var i = 0; i < count; i++)
        {
            var (east, north) = random.NextDouble() < PlantedShare
                ? InDisc(random, discs[Pick(random, discs, totalArea)])
                : (Uniform(random, HalfWidthKm), Uniform(random, HalfHeightKm));
            planted[i] = Containing(discs, east, north);
            needs[i] = new NeedPoint(i + 1, Snapped(east, north), random.Next(1, 13), random.Next(1, 7), random.Next(1, 4), null);
        }

        return new PlantedNeeds(needs, planted, discs.Length);
    }

    /// <summary>Rejection sampling for well-separated centres, away from the borough's edge by a radius.</summary>
    private static (double East, double North, double RadiusKm)[] Discs(Random random)
    {
        var discs = new List<(double East, double North, double RadiusKm)>();
        while (discs.Count < ClusterCount)
        {
            var radius = 0.3 + (random.NextDouble() * 0.3);
            var candidate = (Uniform(random, HalfWidthKm - 1), Uniform(random, HalfHeightKm - 1), radius);
            if (discs.All(d => Math.Sqrt(Math.Pow(d.East - candidate.Item1, 2) + Math.Pow(d.North - candidate.Item2, 2)) >= MinimumSeparationKm))
            {
                discs.Add(candidate);
            }
        }

        return [.. discs];
    }

    private static int Pick(Random random, (double East, double North, double RadiusKm)[] discs, double totalArea)
    {
        var at = random.NextDouble() * totalArea;
        for (var i = 0; i < discs.Length - 1; i++)
        {
            at -= discs[i].RadiusKm * discs[i].RadiusKm;
            if (at < 0)
            {
                return i;
            }
        }

        return discs.Length - 1;
    }

    /// <summary>The disc a position lies in (1-based; discs never overlap), or background.</summary>
    private static int Containing((double East, double North, double RadiusKm)[] discs, double east, double north)
    {
        for (var i = 0; i < discs.Length; i++)
        {
            if (Math.Pow(discs[i].East - east, 2) + Math.Pow(discs[i].North - north, 2) <= discs[i].RadiusKm * discs[i].RadiusKm)
            {
                return i + 1;
            }
        }

        return PlantedNeeds.Background;
    }

    /// <summary>Uniform over the disc: the square root makes equal areas equally likely.</summary>
    private static (double East, double North) InDisc(Random random, (double East, double North, double RadiusKm) disc)
    {
        var radius = disc.RadiusKm * Math.Sqrt(random.NextDouble());
        var angle = 2 * Math.PI * random.NextDouble();
        return (disc.East + (radius * Math.Cos(angle)), disc.North + (radius * Math.Sin(angle)));
    }

    private static double Uniform(Random random, double halfWidthKm) => ((random.NextDouble() * 2) - 1) * halfWidthKm;

    private static GeoPoint Snapped(double east, double north) => new(
        NeedGrid.Snap(Centre.Latitude + (north / KmPerDegree)), NeedGrid.Snap(Centre.Longitude + (east / KmPerDegreeLongitude)));
}
