using VcsDirectory.Api.Outreach.Clustering;
using static VcsDirectory.Tests.Outreach.Ground;

namespace VcsDirectory.Tests.Outreach.Clustering;

public class NeedClustererTests
{
    private static readonly NeedPoint[] TwoGroupsAndALoner =
    [
        Need(1, 0, 0, 5), Need(2, 200, 0, 5), Need(3, 0, 200, 5),
        Need(4, 3000, 0, 4), Need(5, 3200, 100, 4), Need(6, 3100, 300, 4), Need(7, 3300, 250, 4),
        Need(8, 1500, 2000, 6),
    ];

    [Fact]
    public void Two_separate_groups_become_two_clusters_and_a_lone_need_is_noise()
    {
        var clusters = NeedClusterer.Detect(TwoGroupsAndALoner, ClusteringOptions.Fixed);

        Assert.Equal([[4, 5, 6, 7], [1, 2, 3]], clusters.Select(c => c.NeedIds));
        Assert.DoesNotContain(clusters, c => c.NeedIds.Contains(8));
    }

    [Fact]
    public void A_neighbourhood_one_family_short_of_the_minimum_is_not_a_cluster()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 4), Need(2, 100, 0, 4), Need(3, 0, 100, 3)];

        var clusters = NeedClusterer.Detect(needs, new ClusteringOptions { MinFamilies = 12 });

        Assert.Empty(clusters);
    }

    [Fact]
    public void A_neighbourhood_holding_exactly_the_minimum_families_is_a_cluster()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 4), Need(2, 100, 0, 4), Need(3, 0, 100, 4)];

        var clusters = NeedClusterer.Detect(needs, new ClusteringOptions { MinFamilies = 12 });

        Assert.Equal([1, 2, 3], Assert.Single(clusters).NeedIds);
    }

    [Fact]
    public void Needs_just_inside_eps_are_neighbours()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 6), Need(2, 0, 599.9, 6)];

        var clusters = NeedClusterer.Detect(needs, new ClusteringOptions { EpsMetres = 600, MinFamilies = 12 });

        Assert.Equal([1, 2], Assert.Single(clusters).NeedIds);
    }

    [Fact]
    public void Needs_just_outside_eps_are_not_neighbours()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 6), Need(2, 0, 600.1, 6)];

        var clusters = NeedClusterer.Detect(needs, new ClusteringOptions { EpsMetres = 600, MinFamilies = 12 });

        Assert.Empty(clusters);
    }

    [Fact]
    public void Needs_sharing_a_grid_cell_pool_their_families()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 4, category: 1), Need(2, 0, 0, 4, category: 2), Need(3, 0, 0, 4, category: 3)];

        var clusters = NeedClusterer.Detect(needs, ClusteringOptions.Fixed);

        Assert.Equal([1, 2, 3], Assert.Single(clusters).NeedIds);
    }

    [Fact]
    public void Clusters_are_numbered_by_families_then_by_smallest_need_id()
    {
        NeedPoint[] needs = [Need(9, 0, 0, 12), Need(5, 5000, 0, 12), Need(7, 10000, 0, 20)];

        var clusters = NeedClusterer.Detect(needs, ClusteringOptions.Fixed);

        Assert.Equal([[7], [5], [9]], clusters.Select(c => c.NeedIds));
        Assert.Equal([1, 2, 3], clusters.Select(c => c.Number));
    }

    [Fact]
    public void A_border_need_within_reach_of_two_clusters_joins_the_one_with_the_nearer_core()
    {
        // Each cluster is a light need (2 families) made core by a heavy one 500 m behind it. The small need
        // between the light ones is 550 m from one and 450 m from the other, and is not core itself (1 + 2 + 2 < 12).
        NeedPoint[] needs =
        [
            Need(1, 0, 0, 2), Need(2, 0, -500, 10),
            Need(3, 0, 1000, 2), Need(4, 0, 1500, 10),
            Need(5, 0, 550, 1),
        ];

        // The geometry is drawn for a 600 m radius.
        var clusters = NeedClusterer.Detect(needs, new ClusteringOptions { EpsMetres = 600 });

        Assert.Contains(clusters, c => c.NeedIds.SequenceEqual([3, 4, 5]));
        Assert.Contains(clusters, c => c.NeedIds.SequenceEqual([1, 2]));
    }

    [Fact]
    public void Shuffled_input_gives_the_same_clusters_numbers_and_keys()
    {
        var expected = NeedClusterer.Detect(TwoGroupsAndALoner, ClusteringOptions.Fixed);
        var shuffled = TwoGroupsAndALoner.ToArray();
        new Random(7).Shuffle(shuffled);

        var actual = NeedClusterer.Detect(shuffled, ClusteringOptions.Fixed);

        Assert.Equal(expected.Select(c => (c.Number, c.Key, string.Join(',', c.NeedIds))), actual.Select(c => (c.Number, c.Key, string.Join(',', c.NeedIds))));
    }

    [Fact]
    public void No_needs_give_no_clusters()
    {
        var clusters = NeedClusterer.Detect([], ClusteringOptions.Fixed);

        Assert.Empty(clusters);
    }

    [Fact]
    public void A_need_id_given_twice_is_refused()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 4), Need(1, 100, 0, 4)];

        Assert.Throws<ArgumentException>(() => NeedClusterer.Detect(needs, ClusteringOptions.Fixed));
    }

    [Fact]
    public void A_negative_family_count_is_refused()
    {
        NeedPoint[] needs = [Need(1, 0, 0, -4)];

        Assert.Throws<ArgumentException>(() => NeedClusterer.Detect(needs, ClusteringOptions.Fixed));
    }

    [Theory]
    [InlineData(0, 12)]
    [InlineData(-5, 12)]
    [InlineData(600, 0)]
    public void Options_without_a_positive_radius_and_minimum_are_refused(double epsMetres, int minFamilies)
    {
        var options = new ClusteringOptions { EpsMetres = epsMetres, MinFamilies = minFamilies };

        Assert.Throws<ArgumentOutOfRangeException>(() => NeedClusterer.Detect([Need(1, 0, 0, 4)], options));
    }
}
