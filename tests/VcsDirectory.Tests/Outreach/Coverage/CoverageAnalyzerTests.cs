using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.Coverage;
using static VcsDirectory.Tests.Outreach.Ground;

namespace VcsDirectory.Tests.Outreach.Coverage;

public class CoverageAnalyzerTests
{
    private const int Send = 1;
    private const int Speech = 2;
    private const int Debt = 3;

    /// <summary>A cluster at the origin in ward 5 needing SEND (60% of its families) and speech and language (40%).</summary>
    private static readonly ClusterDemand Demand = new(Origin, [new CategoryShare(Send, 6, 0.6), new CategoryShare(Speech, 4, 0.4)], new HashSet<int> { 5 });

    private static CentrePoint Centre(int id, double eastMetres, params int[] categories) => new(id, $"Centre {id}", At(eastMetres, 0), categories.ToHashSet());

    private static ProviderPoint Provider(int id, double? eastMetres, int[] categories, params int[] wards) =>
        new(id, $"Organisation {id}", eastMetres is { } e ? At(e, 0) : null, categories.ToHashSet(), wards.ToHashSet());

    [Fact]
    public void The_nearest_centre_with_a_known_location_is_found_with_its_distance()
    {
        CentrePoint[] centres = [Centre(1, 2500), Centre(2, 1200), new(3, "Centre with no address", null, new HashSet<int>())];

        var coverage = new CoverageAnalyzer(centres, []).Analyze(Demand);

        Assert.Equal(2, coverage.NearestCentre?.Centre.Id);
        Assert.Equal(1.2, coverage.NearestCentre!.DistanceKm, 3);
    }

    [Fact]
    public void There_is_no_nearest_centre_when_no_centre_has_a_location()
    {
        var coverage = new CoverageAnalyzer([new CentrePoint(3, "Centre with no address", null, new HashSet<int>())], []).Analyze(Demand);

        Assert.Null(coverage.NearestCentre);
    }

    [Fact]
    public void An_organisation_within_the_radius_delivering_a_needed_category_is_in_reach()
    {
        var coverage = new CoverageAnalyzer([], [Provider(10, 2000, [Send, Debt])]).Analyze(Demand);

        var reach = Assert.Single(coverage.Providers);
        Assert.Equal((10, ReachBasis.WithinRadius), (reach.Provider.OrganisationId, reach.Basis));
        Assert.Equal([Send], reach.ServiceCategoryIds);
        Assert.Equal(2.0, reach.DistanceKm!.Value, 3);
    }

    [Fact]
    public void An_organisation_beyond_the_radius_is_out_of_reach_unless_it_serves_a_cluster_ward()
    {
        ProviderPoint[] providers = [Provider(10, 4000, [Send]), Provider(11, 4000, [Send], 5), Provider(12, null, [Speech], 5, 6)];

        var coverage = new CoverageAnalyzer([], providers).Analyze(Demand);

        Assert.Equal([(11, ReachBasis.ServesClusterWard), (12, ReachBasis.ServesClusterWard)], coverage.Providers.Select(p => (p.Provider.OrganisationId, p.Basis)));
        Assert.Null(coverage.Providers[1].DistanceKm);
    }

    [Fact]
    public void An_organisation_delivering_none_of_the_needed_categories_is_not_in_reach()
    {
        var coverage = new CoverageAnalyzer([], [Provider(10, 100, [Debt], 5)]).Analyze(Demand);

        Assert.Empty(coverage.Providers);
    }

    [Fact]
    public void Providers_in_reach_come_nearest_first()
    {
        ProviderPoint[] providers = [Provider(10, null, [Send], 5), Provider(11, 2500, [Send]), Provider(12, 300, [Speech]), Provider(13, 2500, [Speech])];

        var coverage = new CoverageAnalyzer([], providers).Analyze(Demand);

        Assert.Equal([12, 11, 13, 10], coverage.Providers.Select(p => p.Provider.OrganisationId));
    }

    [Fact]
    public void A_needed_category_nobody_within_reach_delivers_is_a_gap()
    {
        var coverage = new CoverageAnalyzer([], [Provider(10, 1000, [Send])]).Analyze(Demand);

        Assert.Equal([Speech], coverage.Gaps);
        Assert.Equal([10], coverage.Categories.Single(c => c.ServiceCategoryId == Send).OrganisationIds);
    }

    [Fact]
    public void A_category_the_nearest_centre_offers_within_the_radius_is_not_a_gap()
    {
        var coverage = new CoverageAnalyzer([Centre(1, 1500, Speech)], [Provider(10, 1000, [Send])]).Analyze(Demand);

        Assert.Empty(coverage.Gaps);
        Assert.True(coverage.Categories.Single(c => c.ServiceCategoryId == Speech).OfferedByNearestCentre);
    }

    [Fact]
    public void A_category_offered_only_by_a_centre_beyond_the_radius_is_still_a_gap()
    {
        var coverage = new CoverageAnalyzer([Centre(1, 3500, Speech)], [Provider(10, 1000, [Send])]).Analyze(Demand);

        Assert.Equal([Speech], coverage.Gaps);
        Assert.False(coverage.NearestCentre!.IsWithinRadius);
    }

    [Fact]
    public void The_radius_argument_replaces_the_default_three_kilometres()
    {
        var analyzer = new CoverageAnalyzer([], [Provider(10, 4000, [Send, Speech])]);

        var coverage = analyzer.Analyze(Demand, radiusKm: 5);

        Assert.Equal([10], coverage.Providers.Select(p => p.Provider.OrganisationId));
        Assert.Empty(analyzer.Analyze(Demand).Providers);
    }

    [Theory]
    [InlineData(new[] { Send, Speech }, 1.0)]
    [InlineData(new[] { Send }, 0.6)]
    [InlineData(new[] { Speech }, 0.4)]
    [InlineData(new int[0], 0.0)]
    public void The_score_is_the_share_of_families_whose_category_is_covered(int[] delivered, double expected)
    {
        var coverage = new CoverageAnalyzer([], [Provider(10, 500, delivered)]).Analyze(Demand);

        Assert.Equal(expected, coverage.Score, 9);
    }

    [Fact]
    public void The_score_is_relative_to_the_dominant_categories_only()
    {
        var demand = Demand with { Categories = [new CategoryShare(Send, 5, 0.5), new CategoryShare(Speech, 3, 0.3)] };

        var coverage = new CoverageAnalyzer([], [Provider(10, 500, [Send])]).Analyze(demand);

        Assert.Equal(0.625, coverage.Score, 9);
    }

    [Fact]
    public void A_detected_cluster_is_analysed_on_its_dominant_categories_and_wards()
    {
        NeedPoint[] needs = [Need(1, 0, 0, 10, category: Send, ward: 5), Need(2, 0, 100, 4, category: Speech, ward: 6), Need(3, 0, 0, 1, category: Debt, ward: 6)];
        var cluster = Assert.Single(NeedClusterer.Detect(needs, ClusteringOptions.Fixed));

        var coverage = new CoverageAnalyzer([], [Provider(10, 9000, [Speech], 6)]).Analyze(cluster);

        Assert.Equal([Send, Speech], coverage.Categories.Select(c => c.ServiceCategoryId));
        Assert.Equal([Send], coverage.Gaps);
    }
}
