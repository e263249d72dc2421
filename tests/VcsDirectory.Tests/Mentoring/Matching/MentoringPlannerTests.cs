using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;
using static VcsDirectory.Tests.Mentoring.Matching.Organisations;

namespace VcsDirectory.Tests.Mentoring.Matching;

public class MentoringPlannerTests
{
    private static IEnumerable<(int Mentor, int Mentee, bool Pinned)> Pairs(MentoringPlan plan) =>
        plan.Pairings.Select(p => (p.Score.MentorId, p.Score.MenteeId, p.Pinned));

    [Fact]
    public void More_mentees_matched_beats_a_higher_score()
    {
        // Mentor 1 suits mentee 10 best, but mentee 11 has no one else: giving 10 the weaker mentor 2 matches both.
        var pool = Pool(
        [
            Mentor(1, capacities: new() { [1] = 3, [2] = 3 }, maxMentees: 1),
            Mentor(2, capacities: new() { [1] = 2 }, maxMentees: 1),
            Mentee(10, needs: new() { [1] = 3 }),
            Mentee(11, needs: new() { [2] = 3 }),
        ]);

        var plan = MentoringPlanner.Plan(new PlanInput(pool));

        Assert.Equal([(2, 10, false), (1, 11, false)], Pairs(plan));
        Assert.Equal(2, plan.Objective.MatchedMentees);
    }

    [Fact]
    public void Accepted_and_active_pairings_are_kept_and_use_up_places()
    {
        var pool = Pool(
            [Mentor(1, maxMentees: 2), Mentee(10), Mentee(11), Mentee(12)],
            new MentoringPairing(1, 10, PairingState.Active),
            new MentoringPairing(1, 12, PairingState.Proposed));

        var plan = MentoringPlanner.Plan(new PlanInput(pool));

        Assert.Equal([(1, 10, true), (1, 11, false)], Pairs(plan));
        Assert.Equal([new UnmatchedMentee(12, UnmatchedReason.CapacityExhausted, 1)], plan.Unmatched);
        Assert.Equal(new PlanObjective(2, plan.Pairings.Sum(p => p.Score.Total)), plan.Objective);
    }

    [Fact]
    public void A_pinned_mentee_is_not_given_another_mentor()
    {
        var pool = Pool([Mentor(1), Mentor(2), Mentee(10)], new MentoringPairing(1, 10, PairingState.Accepted));

        var plan = MentoringPlanner.Plan(new PlanInput(pool));

        Assert.Equal([(1, 10, true)], Pairs(plan));
        Assert.Equal(new PlanCounts(1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0), plan.Counts);
    }

    [Fact]
    public void A_mentee_nobody_can_mentor_is_unmatched_for_want_of_an_eligible_mentor()
    {
        var pool = Pool([Mentor(1, SizeBand.Small, 20_000), Mentee(10, SizeBand.Medium)]);

        var plan = MentoringPlanner.Plan(new PlanInput(pool));

        Assert.Empty(plan.Pairings);
        Assert.Equal([new UnmatchedMentee(10, UnmatchedReason.NoEligibleMentor, 0)], plan.Unmatched);
    }

    [Fact]
    public void Only_mentees_in_the_given_wards_are_planned()
    {
        var pool = Pool([Mentor(1), Mentee(10, wards: [3]), Mentee(11, wards: [4])]);

        var plan = MentoringPlanner.Plan(new PlanInput(pool, MenteeWardIds: new HashSet<int> { 4 }));

        Assert.Equal([(1, 11, false)], Pairs(plan));
        Assert.Equal(1, plan.Counts.MenteesConsidered);
    }

    [Fact]
    public void Only_mentees_with_a_need_in_the_given_areas_are_planned()
    {
        var pool = Pool([Mentor(1, capacities: new() { [1] = 3, [2] = 3 }), Mentee(10, needs: new() { [1] = 1 }), Mentee(11, needs: new() { [2] = 1 })]);

        var plan = MentoringPlanner.Plan(new PlanInput(pool, NeedAreaIds: new HashSet<int> { 1 }));

        Assert.Equal([(1, 10, false)], Pairs(plan));
    }

    [Fact]
    public void The_same_input_gives_the_same_plan_whatever_its_order()
    {
        var random = new Random(7);
        var organisations = RandomInstances.Mixed(random, 300);
        var history = RandomInstances.History(random, organisations);
        var pairings = history.PlaceHoldingPairings;
        var first = MentoringPlanner.Plan(new PlanInput(new MatchingPool(organisations, history, MatchingWeights.Default)));

        var again = MentoringPlanner.Plan(new PlanInput(new MatchingPool(organisations, history, MatchingWeights.Default)));
        var shuffled = MentoringPlanner.Plan(new PlanInput(new MatchingPool(
            organisations.OrderBy(_ => random.Next()), new MentoringHistory(pairings.OrderBy(_ => random.Next()), []), MatchingWeights.Default)));

        Assert.True(first.Pairings.Count(p => !p.Pinned) > 20);
        Assert.Equal(Pairs(first), Pairs(again));
        Assert.Equal(Pairs(first), Pairs(shuffled));
        Assert.Equal(first.Unmatched, shuffled.Unmatched);
    }

    [Fact]
    public void Among_equally_good_mentors_the_choice_is_stable()
    {
        var organisations = new[] { Mentor(5, maxMentees: 1), Mentor(3, maxMentees: 1), Mentee(10), Mentee(11), Mentee(12) };

        var plans = Enumerable.Range(0, 4).Select(i => MentoringPlanner.Plan(new PlanInput(Pool(i % 2 == 0 ? organisations : organisations.Reverse())))).ToList();

        Assert.All(plans, plan => Assert.Equal(Pairs(plans[0]), Pairs(plan)));
        Assert.Equal(2, plans[0].Objective.MatchedMentees);
    }
}
