using VcsDirectory.Api.Outcomes.Indicators;

namespace VcsDirectory.Tests.Outcomes.Indicators;

public sealed class ReachIndicatorsTests
{
    [Fact]
    public void Families_in_clusters_touching_the_reach_are_weighted_by_each_clusters_coverage()
    {
        // 30 families fully covered and 10 half covered touch wards 1-2; 50 families in ward 9 are out of reach.
        ClusterReach[] clusters =
        [
            new("a", 30, new HashSet<int> { 1 }, 1.0),
            new("b", 10, new HashSet<int> { 2, 9 }, 0.5),
            new("c", 50, new HashSet<int> { 9 }, 0.0),
        ];

        var value = ReachIndicators.ClusterFamiliesCovered(SmallCentre.Centre(), clusters);

        Assert.Equal(87.5, value.Value);
        Assert.Equal("About 35 of the 40 families in 2 need clusters touching the reach wards are covered by a provider in reach.", value.Explanation);
    }

    [Fact]
    public void No_cluster_in_reach_is_no_value() =>
        Assert.Null(ReachIndicators.ClusterFamiliesCovered(SmallCentre.Centre(), [new("c", 50, new HashSet<int> { 9 }, 0.0)]).Value);
}
