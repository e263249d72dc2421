using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Api.Outreach.Clustering;
using static VcsDirectory.Tests.Outreach.Ground;

namespace VcsDirectory.Tests.Outreach.Clustering;

public class DetectedClusterTests
{
    [Fact]
    public void The_centroid_is_the_families_weighted_mean_of_the_members()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 9), Need(2, 0, 400, 3)];

        var cluster = Assert.Single(NeedClusterer.Detect(needs, new ClusteringOptions { EpsMetres = 600 }));

        Assert.Equal(At(0, 100).Latitude, cluster.Centroid.Latitude, 9);
        Assert.Equal(Origin.Longitude, cluster.Centroid.Longitude, 9);
    }

    [Fact]
    public void Categories_are_ranked_by_families_with_their_shares_and_minor_ones_are_not_dominant()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 10, category: 4), Need(2, 0, 0, 6, category: 2), Need(3, 0, 0, 3, category: 9), Need(4, 0, 0, 1, category: 5)];

        var cluster = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed));

        Assert.Equal([(4, 10, 0.5), (2, 6, 0.3), (9, 3, 0.15), (5, 1, 0.05)], cluster.Categories.Select(c => (c.ServiceCategoryId, c.FamiliesAffected, Math.Round(c.Share, 9))));
        Assert.Equal([4, 2, 9], cluster.DominantCategories.Select(c => c.ServiceCategoryId));
    }

    [Fact]
    public void The_largest_category_is_dominant_even_below_the_minimum_share()
    {
        NeedPoint[] needs = Enumerable.Range(1, 12).Select(i => Need(i, 0, 0, 1, category: i)).ToArray();

        var cluster = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed with { DominantCategoryMinShare = 0.5 }));

        Assert.Equal([1], cluster.DominantCategories.Select(c => c.ServiceCategoryId));
    }

    [Fact]
    public void Ward_ids_are_the_distinct_wards_of_the_members_without_the_unknown_ones()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 4, ward: 7), Need(2, 100, 0, 4, ward: 3), Need(3, 0, 100, 4, ward: 7), Need(4, 100, 100, 4)];

        var cluster = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed));

        Assert.Equal([3, 7], cluster.WardIds);
    }

    [Fact]
    public void A_single_cell_cluster_gets_a_150_metre_buffer_as_its_hull()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 12)];

        var cluster = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed));

        Assert.True(cluster.Hull.IsValid);
        Assert.True(cluster.Hull.Covers(Wgs84Geometry.Point(Origin)));
        Assert.Equal(Math.PI * 0.15 * 0.15, cluster.AreaKm2, 0.002);
    }

    [Fact]
    public void Collinear_cells_get_a_buffered_hull_covering_them()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 4), Need(2, 0, 200, 4), Need(3, 0, 400, 4)];

        var cluster = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed));

        Assert.True(cluster.Hull.IsValid);
        Assert.All(needs, n => Assert.True(cluster.Hull.Covers(Wgs84Geometry.Point(n.Location))));
        // A 400 m line buffered by 150 m: a 0.4 × 0.3 km rectangle and a 150 m disc.
        Assert.Equal((0.4 * 0.3) + (Math.PI * 0.15 * 0.15), cluster.AreaKm2, 0.003);
    }

    [Fact]
    public void Cells_spread_in_two_directions_get_their_convex_hull_with_its_area_on_the_ground()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 4), Need(2, 400, 0, 4), Need(3, 400, 300, 4), Need(4, 0, 300, 4), Need(5, 200, 150, 4)];

        var cluster = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed));

        Assert.Equal(5, cluster.Hull.Shell.NumPoints);
        Assert.Equal(0.4 * 0.3, cluster.AreaKm2, 0.001);
    }

    [Fact]
    public void Intensity_is_severity_weighted_families_per_square_kilometre_of_hull()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 6, severity: 3), Need(2, 400, 0, 6, severity: 1), Need(3, 400, 300, 6, severity: 2), Need(4, 0, 300, 6, severity: 1)];

        var cluster = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed));

        Assert.Equal((6 * 3) + 6 + (6 * 2) + 6, cluster.Intensity * cluster.AreaKm2, 6);
    }

    [Fact]
    public void Intensity_of_a_sliver_hull_is_measured_over_at_least_the_buffer_disc()
    {
        // Three cells nearly on a line: their hull is a valid polygon of almost no area.
        NeedPoint[] needs = [Need(1, 0, 0, 4), Need(2, 0, 200, 4), Need(3, 0.01, 400, 4)];

        var cluster = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed));

        Assert.True(cluster.AreaKm2 < 0.001);
        Assert.Equal(12 / (Math.PI * 0.15 * 0.15), cluster.Intensity, 6);
    }

    [Fact]
    public void The_same_members_give_the_same_key_and_other_members_another()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 6), Need(2, 100, 0, 6)];
        NeedPoint[] moved = [Need(2, 5000, 0, 6), Need(1, 5100, 0, 6)];
        NeedPoint[] grown = [.. needs, Need(3, 0, 100, 1)];

        var key = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed)).Key;

        Assert.Equal(key, Assert.Single(NeedClusterer.Detect(moved, ClusteringOptions.Fixed)).Key);
        Assert.NotEqual(key, Assert.Single(NeedClusterer.Detect(grown, ClusteringOptions.Fixed)).Key);
        Assert.Matches("^nc-[0-9a-f]{16}$", key);
    }
}
