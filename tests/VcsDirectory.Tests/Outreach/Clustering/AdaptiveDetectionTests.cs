using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Seed.Planted;
using static VcsDirectory.Tests.Outreach.Ground;

namespace VcsDirectory.Tests.Outreach.Clustering;

public class AdaptiveDetectionTests
{
    [Fact]
    public void Without_a_radius_or_minimum_both_are_chosen_from_the_data_within_their_bounds()
    {
        var run = NeedClusterer.Run(PlantedNeedGenerator.Create(264, 1).Needs);

        Assert.True(run.ChosenFromData);
        Assert.InRange(run.EpsMetres, 260, 500);
        Assert.True(run.MinFamilies >= 1);
    }

    [Fact]
    public void Given_only_a_minimum_the_radius_is_the_fixed_400_metres_as_before()
    {
        var run = NeedClusterer.Run(PlantedNeedGenerator.Create(264, 1).Needs, new ClusteringOptions { MinFamilies = 20 });

        Assert.Equal((400, 20, false), (run.EpsMetres, run.MinFamilies, run.ChosenFromData));
    }

    [Fact]
    public void Passing_back_the_chosen_radius_and_minimum_finds_the_same_cores_with_dbscan_borders_added()
    {
        var needs = PlantedNeedGenerator.Create(5_000, 2).Needs;
        var chosen = NeedClusterer.Run(needs);

        var classic = NeedClusterer.Detect(needs, new ClusteringOptions { EpsMetres = chosen.EpsMetres, MinFamilies = chosen.MinFamilies });

        Assert.Equal(chosen.Clusters.Count, classic.Count);
        Assert.All(chosen.Clusters, c => Assert.Contains(classic, k => c.NeedIds.All(k.NeedIds.Contains)));
    }

    [Fact]
    public void The_chosen_clusters_do_not_depend_on_the_order_of_the_needs()
    {
        var needs = PlantedNeedGenerator.Create(2_000, 4).Needs;
        var shuffled = needs.OrderBy(n => (n.Id * 7919) % 2003).ToArray();

        Assert.Equal(NeedClusterer.Detect(needs).Select(c => c.Key), NeedClusterer.Detect(shuffled).Select(c => c.Key));
    }

    [Fact]
    public void No_needs_give_no_clusters()
    {
        Assert.Empty(NeedClusterer.Detect([]));
    }

    [Fact]
    public void A_lone_need_in_an_empty_borough_is_not_a_cluster_on_its_own_families()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 6), Need(2, 8000, 0, 1), Need(3, 0, 6000, 1), Need(4, 8000, 6000, 1)];

        Assert.Empty(NeedClusterer.Detect(needs));
    }
}
