using VcsDirectory.Api.Geography;

namespace VcsDirectory.Tests.Geography;

/// <summary>Properties of <see cref="NearestWard"/> on seeded random wards and positions round Poole.</summary>
public sealed class NearestWardPropertyTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_ward_is_nearer_than_the_one_named_and_the_order_of_the_wards_does_not_matter(int seed)
    {
        var random = new Random(seed);
        var wards = Enumerable.Range(1, random.Next(1, 30)).Select(id => new WardPoint(id, Around(random))).ToList();
        var position = Around(random);

        var named = NearestWard.Of(wards, position);
        var shuffled = NearestWard.Of(wards.OrderBy(_ => random.Next()).ToList(), position);

        var distance = wards.Single(w => w.WardId == named).Centroid.DistanceKmTo(position);
        Assert.All(wards, w => Assert.True(w.Centroid.DistanceKmTo(position) >= distance));
        Assert.Equal(named, shuffled);
    }

    [Fact]
    public void A_position_off_the_globe_or_no_wards_names_no_ward()
    {
        var wards = new List<WardPoint> { new(1, new GeoPoint(50.72, -1.95)) };

        Assert.Null(NearestWard.Of(wards, new GeoPoint(123, -1.95)));
        Assert.Null(NearestWard.Of(wards, new GeoPoint(double.NaN, 0)));
        Assert.Null(NearestWard.Of([], new GeoPoint(50.72, -1.95)));
    }

    private static GeoPoint Around(Random random) => new(50.70 + (random.NextDouble() * 0.06), -2.05 + (random.NextDouble() * 0.12));
}
