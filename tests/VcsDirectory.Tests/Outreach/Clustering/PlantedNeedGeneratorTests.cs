using VcsDirectory.Api.Outreach;
using VcsDirectory.Seed.Planted;

namespace VcsDirectory.Tests.Outreach.Clustering;

public class PlantedNeedGeneratorTests
{
    [Fact]
    public void The_same_count_and_seed_give_the_same_needs_and_plantings()
    {
        var first = PlantedNeedGenerator.Create(500, 7);
        var second = PlantedNeedGenerator.Create(500, 7);

        Assert.Equal(first.Needs, second.Needs);
        Assert.Equal(first.PlantedCluster, second.PlantedCluster);
    }

    [Theory]
    [InlineData(264)]
    [InlineData(5_000)]
    public void Every_need_is_on_the_need_grid_with_a_unique_id_and_a_planting(int count)
    {
        var planted = PlantedNeedGenerator.Create(count, 3);

        Assert.Equal(count, planted.Needs.Select(n => n.Id).Distinct().Count());
        Assert.All(planted.Needs, n => Assert.Equal(NeedGrid.Snap(n.Location.Latitude), n.Location.Latitude));
        Assert.All(planted.PlantedCluster, c => Assert.InRange(c, PlantedNeeds.Background, planted.ClusterCount));
    }

    [Fact]
    public void Every_cluster_is_planted_and_they_hold_about_the_planted_share()
    {
        var planted = PlantedNeedGenerator.Create(20_000, 5);

        var inClusters = planted.PlantedCluster.Count(c => c != PlantedNeeds.Background) / 20_000.0;

        Assert.Equal(Enumerable.Range(0, PlantedNeedGenerator.ClusterCount + 1), planted.PlantedCluster.Distinct().Order());
        // The planted share, plus the background that falls inside the discs (a few per cent of the borough).
        Assert.InRange(inClusters, PlantedNeedGenerator.PlantedShare, PlantedNeedGenerator.PlantedShare + 0.05);
    }
}
