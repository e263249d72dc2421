using VcsDirectory.Api.Mentoring.Matching;
using static VcsDirectory.Tests.Mentoring.Matching.Organisations;

namespace VcsDirectory.Tests.Mentoring.Matching;

public class MentorSuggesterTests
{
    private static IEnumerable<(MatchingPool Pool, List<MatchingOrganisation> Organisations)> RandomPools()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var random = new Random(seed);
            var organisations = RandomInstances.Mixed(random, 100);
            yield return (new MatchingPool(organisations, RandomInstances.History(random, organisations), MatchingWeights.Default), organisations);
        }
    }

    [Fact]
    public void Suggested_mentors_equal_every_eligible_mentor_ranked_by_score_then_id()
    {
        foreach (var (pool, organisations) in RandomPools())
        {
            var suggester = new MentorSuggester(pool);
            foreach (var mentee in organisations)
            {
                var expected = organisations
                    .Where(mentor => pool.Eligibility.IsEligible(mentor, mentee))
                    .Select(mentor => pool.Scorer.Score(mentor, mentee, pool.History.FreePlaces(mentor)))
                    .OrderByDescending(s => s.Total).ThenBy(s => s.MentorId)
                    .Select(s => (s.MentorId, s.Total));

                var actual = suggester.SuggestMentors(mentee.Id, int.MaxValue).Select(s => (s.MentorId, s.Total));

                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void Suggested_mentees_equal_every_mentee_the_mentor_is_eligible_for_ranked_by_score_then_id()
    {
        foreach (var (pool, organisations) in RandomPools())
        {
            var suggester = new MentorSuggester(pool);
            foreach (var mentor in organisations)
            {
                var expected = organisations
                    .Where(mentee => pool.Eligibility.IsEligible(mentor, mentee))
                    .Select(mentee => pool.Scorer.Score(mentor, mentee, pool.History.FreePlaces(mentor)))
                    .OrderByDescending(s => s.Total).ThenBy(s => s.MenteeId)
                    .Select(s => (s.MenteeId, s.Total));

                var actual = suggester.SuggestMentees(mentor.Id, int.MaxValue).Select(s => (s.MenteeId, s.Total));

                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void Equal_scores_are_ranked_by_mentor_id_ascending()
    {
        var suggester = new MentorSuggester(Pool([Mentor(9), Mentor(3), Mentor(5), Mentee(1)]));

        var suggestions = suggester.SuggestMentors(1, first: 2);

        Assert.Equal([3, 5], suggestions.Select(s => s.MentorId));
    }

    [Fact]
    public void A_radius_keeps_only_mentors_within_it()
    {
        var mentee = Mentee(1, location: PooleQuay);
        var suggester = new MentorSuggester(Pool([mentee, Mentor(2, location: KmNorthOf(PooleQuay, 2)), Mentor(3, location: KmNorthOf(PooleQuay, 8))]));

        var suggestions = suggester.SuggestMentors(1, 10, new SuggestionFilter(WithinKm: 5));

        Assert.Equal([2], suggestions.Select(s => s.MentorId));
    }

    [Fact]
    public void Required_capacity_areas_keep_only_mentors_strong_in_all_of_them()
    {
        var mentee = Mentee(1, needs: new() { [1] = 3, [2] = 1 });
        var suggester = new MentorSuggester(Pool([mentee, Mentor(2, capacities: new() { [1] = 3 }), Mentor(3, capacities: new() { [1] = 2, [2] = 2 })]));

        var suggestions = suggester.SuggestMentors(1, 10, new SuggestionFilter(CapacityAreaIds: new HashSet<int> { 1, 2 }));

        Assert.Equal([3], suggestions.Select(s => s.MentorId));
    }

    [Fact]
    public void Required_capacity_areas_keep_only_mentees_that_need_all_of_them()
    {
        var mentor = Mentor(1, capacities: new() { [1] = 3, [2] = 3 });
        var suggester = new MentorSuggester(Pool([mentor, Mentee(2, needs: new() { [1] = 1 }), Mentee(3, needs: new() { [1] = 1, [2] = 1 })]));

        var suggestions = suggester.SuggestMentees(1, 10, new SuggestionFilter(CapacityAreaIds: new HashSet<int> { 2 }));

        Assert.Equal([3], suggestions.Select(s => s.MenteeId));
    }

    [Fact]
    public void Suggestions_leave_out_ineligible_mentors()
    {
        var suggester = new MentorSuggester(Pool([Mentee(1), Mentor(2), Mentor(3)], new MentoringPairing(2, 1, PairingState.Declined)));

        Assert.Equal([3], suggester.SuggestMentors(1, 10).Select(s => s.MentorId));
    }
}
