using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Tests.Outreach.Clustering;

/// <summary>
/// A seeded random instance for the property tests: a few blobs of need and some background over a 4 × 4 km
/// square, most needs snapped to the need grid (so cells are shared) and the rest not, with a random radius and
/// minimum, so that cores, borders, noise and shared cells all occur.
/// </summary>
internal sealed record RandomNeedInstance(int Seed, IReadOnlyList<NeedPoint> Needs, double EpsMetres, int MinFamilies)
{
    public ClusteringOptions Options => new() { EpsMetres = EpsMetres, MinFamilies = MinFamilies };

    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 60).Select(s => new object[] { s });

    public static RandomNeedInstance Create(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(40, 260);
        var blobs = Enumerable.Range(0, random.Next(2, 7))
            .Select(_ => (East: random.NextDouble() * 4000, North: random.NextDouble() * 4000, Spread: 80 + (random.NextDouble() * 250)))
            .ToArray();
        var needs = new List<NeedPoint>(count);
        for (var i = 0; i < count; i++)
        {
            var (east, north) = random.NextDouble() < 0.7 && blobs.Length > 0
                ? Around(random, blobs[random.Next(blobs.Length)])
                : (random.NextDouble() * 4000, random.NextDouble() * 4000);
            var at = Ground.At(east, north);
            if (random.NextDouble() < 0.7)
            {
                at = new GeoPoint(NeedGrid.Snap(at.Latitude), NeedGrid.Snap(at.Longitude));
            }

            // Ids are sparse and out of order, as database ids after deletions would be.
            needs.Add(new NeedPoint((i * 7919 % 10007) + 1, at, random.Next(1, 6), random.Next(0, 9), random.Next(1, 4), random.Next(1, 8)));
        }

        return new RandomNeedInstance(seed, needs, random.Next(150, 700), random.Next(1, 40));
    }

    private static (double East, double North) Around(Random random, (double East, double North, double Spread) blob) =>
        (blob.East + (Gaussian(random) * blob.Spread), blob.North + (Gaussian(random) * blob.Spread));

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    public override string ToString() => $"seed {Seed}: {Needs.Count} needs, eps {EpsMetres} m, min {MinFamilies}";
}
