using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outreach.Clustering;
using static VcsDirectory.Tests.Outreach.Ground;

namespace VcsDirectory.Tests.Outreach.Clustering;

public class HotSpotAnalysisTests
{
    /// <summary>Five wards in a row 1 km apart, need falling from the first to the last.</summary>
    private static readonly WardValue[] Row =
    [
        new(11, At(0, 0), 10), new(12, At(0, 1000), 6), new(13, At(0, 2000), 2), new(14, At(0, 3000), 1), new(15, At(0, 4000), 1),
    ];

    [Fact]
    public void Gi_star_matches_the_hand_computed_z_scores_for_a_row_of_wards()
    {
        // n = 5, X̄ = 20 / 5 = 4, S = √((36 + 4 + 4 + 9 + 9) / 5) = √12.4 = 3.52136.
        // A 1.1 km band gives the end wards W = 2 and the others W = 3; both make √((5W − W²) / 4) = √1.5,
        // so every denominator is 3.521363 × 1.224745 = 4.312772.
        // Ward 11: (10 + 6) − 4 × 2 = 8 → 1.85496.   Ward 12: (10 + 6 + 2) − 12 = 6 → 1.39122.
        // Ward 13: (6 + 2 + 1) − 12 = −3 → −0.69561. Ward 14: (2 + 1 + 1) − 12 = −8 → −1.85496.
        // Ward 15: (1 + 1) − 8 = −6 → −1.39122.
        var result = HotSpotAnalysis.GetisOrdGiStar(Row, HotSpotNeighbours.WithinKm(1.1));

        Assert.Equal([1.85496, 1.39122, -0.69561, -1.85496, -1.39122], result.Select(r => Math.Round(r.ZScore, 5)));
        Assert.Equal([2, 3, 3, 3, 2], result.Select(r => r.NeighbourCount));
    }

    [Fact]
    public void The_hand_computed_row_has_a_90_percent_hot_spot_at_its_head_and_a_cold_spot_near_its_tail()
    {
        var result = HotSpotAnalysis.GetisOrdGiStar(Row, HotSpotNeighbours.WithinKm(1.1));

        Assert.Equal([HotSpotBin.HotSpot90, HotSpotBin.NotSignificant, HotSpotBin.NotSignificant, HotSpotBin.ColdSpot90, HotSpotBin.NotSignificant], result.Select(r => r.Bin));
        Assert.Equal(90, result[0].ConfidencePercent);
        Assert.Null(result[1].ConfidencePercent);
    }

    [Fact]
    public void Nearest_neighbours_count_the_ward_itself_and_its_k_nearest()
    {
        var result = HotSpotAnalysis.GetisOrdGiStar(Row, HotSpotNeighbours.Nearest(2));

        Assert.All(result, r => Assert.Equal(3, r.NeighbourCount));
    }

    [Theory]
    [InlineData(2.576, HotSpotBin.HotSpot99)]
    [InlineData(2.575, HotSpotBin.HotSpot95)]
    [InlineData(1.960, HotSpotBin.HotSpot95)]
    [InlineData(1.645, HotSpotBin.HotSpot90)]
    [InlineData(1.644, HotSpotBin.NotSignificant)]
    [InlineData(-1.7, HotSpotBin.ColdSpot90)]
    [InlineData(-2.0, HotSpotBin.ColdSpot95)]
    [InlineData(-3.1, HotSpotBin.ColdSpot99)]
    public void A_z_score_falls_in_the_bin_of_its_two_tailed_confidence(double z, HotSpotBin expected)
    {
        var bin = HotSpotAnalysis.Bin(z);

        Assert.Equal(expected, bin);
    }

    [Fact]
    public void Equal_values_everywhere_make_no_hot_or_cold_spot()
    {
        var flat = Row.Select(w => w with { Value = 7 }).ToArray();

        var result = HotSpotAnalysis.GetisOrdGiStar(flat, HotSpotNeighbours.WithinKm(1.1));

        Assert.All(result, r => Assert.Equal((0.0, HotSpotBin.NotSignificant), (r.ZScore, r.Bin)));
    }

    [Fact]
    public void Families_by_ward_gives_every_ward_its_families_in_the_category_and_zero_where_none()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 4, category: 2, ward: 11), Need(2, 0, 0, 3, category: 2, ward: 11), Need(3, 0, 0, 5, category: 9, ward: 12), Need(4, 0, 0, 8, category: 2)];
        var centroids = new Dictionary<int, GeoPoint> { [12] = At(0, 1000), [11] = At(0, 0) };

        var values = HotSpotAnalysis.FamiliesByWard(needs, centroids, serviceCategoryId: 2);

        Assert.Equal([(11, 7.0), (12, 0.0)], values.Select(v => (v.WardId, v.Value)));
    }
}
