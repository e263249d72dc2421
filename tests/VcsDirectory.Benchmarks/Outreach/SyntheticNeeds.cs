using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Benchmarks.Outreach;

/// <summary>
/// Needs shaped like Poole's: about 70% gathered round 6 to 10 centres of need, the rest spread over a 15 × 10 km
/// borough centred at 50.73° N, 1.96° W; 1 to 12 families each; positions snapped to the 250 m need grid as stored.
/// </summary>
public static class SyntheticNeeds
{
    private const double CentreLatitude = 50.73;
    private const double CentreLongitude = -1.96;
    private const double KmPerDegree = 111.195;
    private const int Categories = 12;
    private const int WardColumns = 4;
    private const int WardRows = 4;

    private static readonly double KmPerDegreeLongitude = KmPerDegree * Math.Cos(CentreLatitude * Math.PI / 180);

    public static NeedPoint[] Create(int count, int seed, bool snapToGrid = true)
    {
        var random = new Random(seed);
        var hotSpots = Enumerable.Range(0, random.Next(6, 11))
            .Select(_ => (East: Uniform(random, 7.5), North: Uniform(random, 5), SpreadKm: 0.3 + (random.NextDouble() * 0.5)))
            .ToArray();
        var needs = new NeedPoint[count];
        for (var i = 0; i < count; i++)
        {
            var (east, north) = random.NextDouble() < 0.7 ? Around(random, hotSpots[random.Next(hotSpots.Length)]) : (Uniform(random, 7.5), Uniform(random, 5));
            var latitude = CentreLatitude + (north / KmPerDegree);
            var longitude = CentreLongitude + (east / KmPerDegreeLongitude);
            var location = snapToGrid ? new GeoPoint(NeedGrid.Snap(latitude), NeedGrid.Snap(longitude)) : new GeoPoint(latitude, longitude);
            needs[i] = new NeedPoint(i + 1, location, random.Next(1, Categories + 1), random.Next(1, 13), random.Next(1, 4), Ward(east, north));
        }

        return needs;
    }

    private static double Uniform(Random random, double halfWidthKm) => ((random.NextDouble() * 2) - 1) * halfWidthKm;

    private static (double East, double North) Around(Random random, (double East, double North, double SpreadKm) hotSpot)
    {
        // Box–Muller: a normal spread round the centre of need.
        var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * hotSpot.SpreadKm;
        var angle = 2 * Math.PI * random.NextDouble();
        return (Math.Clamp(hotSpot.East + (radius * Math.Cos(angle)), -7.5, 7.5), Math.Clamp(hotSpot.North + (radius * Math.Sin(angle)), -5, 5));
    }

    /// <summary>A 4 × 4 grid of wards over the borough: enough for the ward lists clusters report.</summary>
    private static int Ward(double east, double north) =>
        1 + (Math.Min(WardRows - 1, (int)((north + 5) / 10 * WardRows)) * WardColumns) + Math.Min(WardColumns - 1, (int)((east + 7.5) / 15 * WardColumns));
}
