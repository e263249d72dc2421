using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.Coverage;
using static VcsDirectory.Tests.Outreach.Ground;

namespace VcsDirectory.Tests.Outreach.Coverage;

public class ClusterDemandTests
{
    [Fact]
    public void A_curated_cluster_asks_for_the_dominant_categories_of_its_needs()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 10, category: 4), Need(2, 0, 0, 6, category: 2), Need(3, 0, 0, 3, category: 9), Need(4, 0, 0, 1, category: 5)];

        var demand = ClusterDemand.FromNeeds(At(500, 0), needs, []);

        Assert.Equal([(4, 0.5), (2, 0.3), (9, 0.15)], demand.Categories.Select(c => (c.ServiceCategoryId, Math.Round(c.Share, 9))));
        Assert.Equal(At(500, 0), demand.Centroid);
    }

    [Fact]
    public void A_curated_cluster_touches_its_needs_wards_and_its_own()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 3, ward: 7), Need(2, 0, 0, 3), Need(3, 0, 0, 3, ward: 8)];

        var demand = ClusterDemand.FromNeeds(Origin, needs, [8, 11]);

        Assert.Equal([7, 8, 11], demand.WardIds.Order());
    }

    [Fact]
    public void A_detected_cluster_saved_with_its_needs_and_centroid_asks_the_same_as_when_detected()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 6, category: 1, ward: 3), Need(2, 200, 0, 5, category: 2, ward: 3), Need(3, 0, 200, 4, category: 1, ward: 4), Need(4, 200, 200, 1, category: 3)];
        var detected = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed));

        var curated = ClusterDemand.FromNeeds(detected.Centroid, needs, detected.WardIds);

        var fromDetection = ClusterDemand.From(detected);
        Assert.Equal(fromDetection.Categories, curated.Categories);
        Assert.Equal(fromDetection.WardIds.Order(), curated.WardIds.Order());
    }

    [Fact]
    public void A_cluster_with_no_needs_asks_for_nothing_and_so_has_no_gaps()
    {
        var demand = ClusterDemand.FromNeeds(Origin, [], []);

        var coverage = new CoverageAnalyzer([], []).Analyze(demand);

        Assert.Empty(demand.Categories);
        Assert.Equal((0, 1.0), (coverage.Gaps.Count, coverage.Score));
    }
}
