using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;
using static VcsDirectory.Tests.Mentoring.Matching.Organisations;

namespace VcsDirectory.Tests.Mentoring.Matching;

public class MatchScorerTests
{
    private readonly MatchScorer _scorer = new(MatchingWeights.Default);

    private static ScoreComponent Component(MatchScore score, ScoreComponentKind kind) => score.Components.Single(c => c.Kind == kind);

    [Fact]
    public void Need_coverage_weighs_each_need_by_priority_and_the_mentor_strength_out_of_three()
    {
        var mentor = Mentor(1, capacities: new() { [1] = 3, [2] = 1 });
        var mentee = Mentee(2, needs: new() { [1] = 3, [2] = 1, [3] = 2 });

        var score = _scorer.Score(mentor, mentee, mentorFreePlaces: 1);

        // (3×3/3 + 1×1/3 + 2×0/3) / (3 + 1 + 2)
        Assert.Equal((3 + (1 / 3.0)) / 6, Component(score, ScoreComponentKind.NeedCoverage).Raw, 12);
        Assert.Equal([new NeedMatch(1, 3, 3)], score.CoveredNeeds);
        Assert.Equal([new NeedMatch(2, 1, 1), new NeedMatch(3, 2, 0)], score.UncoveredNeeds);
    }

    [Fact]
    public void Shared_services_are_the_jaccard_overlap_of_service_categories()
    {
        var score = _scorer.Score(Mentor(1, services: [1, 2, 3]), Mentee(2, services: [2, 3, 4, 5]), 1);

        Assert.Equal(2 / 5.0, Component(score, ScoreComponentKind.SharedServices).Raw, 12);
    }

    [Fact]
    public void Without_any_service_categories_the_shared_services_part_is_zero()
    {
        Assert.Equal(0, Component(_scorer.Score(Mentor(1), Mentee(2), 1), ScoreComponentKind.SharedServices).Raw);
    }

    [Fact]
    public void Locality_decays_with_distance_over_five_kilometres()
    {
        var score = _scorer.Score(Mentor(1, location: PooleQuay), Mentee(2, location: KmNorthOf(PooleQuay, 5)), 1);

        Assert.Equal(5, score.DistanceKm!.Value, 2);
        Assert.Equal(Math.Exp(-1), Component(score, ScoreComponentKind.Locality).Raw, 3);
    }

    [Fact]
    public void The_distance_is_the_great_circle_distance_between_the_two_locations()
    {
        var random = new Random(3);
        for (var i = 0; i < 100; i++)
        {
            var (a, b) = (new GeoPoint(50 + random.NextDouble(), -2 + random.NextDouble()), new GeoPoint(50 + random.NextDouble(), -2 + random.NextDouble()));

            var score = _scorer.Score(Mentor(1, location: a), Mentee(2, location: b), 1);

            Assert.Equal(a.DistanceKmTo(b), score.DistanceKm!.Value, 9);
        }
    }

    [Fact]
    public void A_shared_ward_counts_strongly_even_without_locations()
    {
        var score = _scorer.Score(Mentor(1, wards: [7]), Mentee(2, wards: [7, 8]), 1);

        Assert.Null(score.DistanceKm);
        Assert.Equal(MatchScorer.SharedWardLocality, Component(score, ScoreComponentKind.Locality).Raw);
    }

    [Fact]
    public void A_shared_ward_and_nearness_together_count_more_than_either_alone()
    {
        var near = KmNorthOf(PooleQuay, 1);
        var both = _scorer.Score(Mentor(1, wards: [7], location: PooleQuay), Mentee(2, wards: [7], location: near), 1);
        var nearOnly = _scorer.Score(Mentor(1, location: PooleQuay), Mentee(2, location: near), 1);

        var locality = Component(both, ScoreComponentKind.Locality).Raw;

        Assert.True(locality > MatchScorer.SharedWardLocality);
        Assert.True(locality > Component(nearOnly, ScoreComponentKind.Locality).Raw);
        Assert.True(locality <= 1);
    }

    [Theory]
    [InlineData(SizeBand.Small, SizeBand.Micro, 1.0)]
    [InlineData(SizeBand.Medium, SizeBand.Micro, 1.0)]
    [InlineData(SizeBand.Large, SizeBand.Micro, 0.6)]
    [InlineData(SizeBand.Major, SizeBand.Micro, 0.3)]
    [InlineData(SizeBand.SuperMajor, SizeBand.Micro, 0.1)]
    [InlineData(SizeBand.Medium, SizeBand.Medium, 0.5)]
    public void The_size_gap_is_best_one_or_two_bands_up_and_falls_for_a_much_bigger_mentor(SizeBand mentor, SizeBand mentee, double expected)
    {
        var score = _scorer.Score(Mentor(1, mentor), Mentee(2, mentee), 1);

        Assert.Equal(expected, Component(score, ScoreComponentKind.SizeGap).Raw);
    }

    [Fact]
    public void The_total_is_the_sum_of_weight_times_raw_over_the_components()
    {
        var mentor = Mentor(1, capacities: new() { [1] = 2, [3] = 3 }, services: [1, 2], wards: [4], location: PooleQuay);
        var mentee = Mentee(2, needs: new() { [1] = 1, [3] = 3 }, services: [2], wards: [5], location: KmNorthOf(PooleQuay, 2));

        var score = _scorer.Score(mentor, mentee, 2);

        Assert.All(score.Components, c => Assert.Equal(c.Raw * c.Weight, c.Contribution));
        Assert.All(score.Components, c => Assert.InRange(c.Raw, 0, 1));
        Assert.Equal(score.Components.Aggregate(0.0, (sum, c) => sum + c.Contribution), score.Total);
        Assert.Equal(2, score.MentorFreePlaces);
    }

    [Fact]
    public void Every_component_explains_itself_in_a_sentence()
    {
        var score = _scorer.Score(Mentor(1, wards: [4], location: PooleQuay), Mentee(2, wards: [4], location: KmNorthOf(PooleQuay, 3)), 1);

        Assert.Equal(Enum.GetValues<ScoreComponentKind>(), score.Components.Select(c => c.Kind));
        Assert.All(score.Components, c => Assert.EndsWith(".", c.Explanation));
        Assert.Contains("shared ward and are 3.0 km apart", Component(score, ScoreComponentKind.Locality).Explanation);
    }

    [Fact]
    public void Default_weights_sum_to_one_so_totals_run_from_zero_to_one()
    {
        var weights = MatchingWeights.Default;

        Assert.Equal(1, weights.NeedCoverage + weights.SharedServices + weights.Locality + weights.SizeGap, 12);
    }

    [Fact]
    public void Negative_weights_are_refused_at_construction()
    {
        Assert.Throws<InvalidOperationException>(() => new MatchScorer(MatchingWeights.Default with { Locality = -0.1 }));
    }
}
