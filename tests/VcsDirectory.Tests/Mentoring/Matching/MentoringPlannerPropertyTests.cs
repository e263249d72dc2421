using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Tests.Mentoring.Matching;

public class MentoringPlannerPropertyTests
{
    private const int Instances = 300;

    // Scores are rounded to 10⁻⁶ for the solver; six pairs can drift by at most 6 × 0.5 × 10⁻⁶.
    private const double ScalingTolerance = 1e-5;

    private static MatchingPool RandomPool(int seed)
    {
        var random = new Random(seed);
        var organisations = RandomInstances.Planning(random, mentors: random.Next(2, 6), mentees: random.Next(2, 7));
        return new MatchingPool(organisations, RandomInstances.History(random, organisations), MatchingWeights.Default);
    }

    private static int EligibleMentors(MatchingPool pool, int menteeId) =>
        pool.Index.Organisations.Count(mentor => pool.Eligibility.IsEligible(mentor, pool.Index.Find(menteeId)!));

    [Fact]
    public void The_plan_reaches_the_exhaustive_optimum_on_every_small_random_instance()
    {
        for (var seed = 0; seed < Instances; seed++)
        {
            var pool = RandomPool(seed);
            var optimum = PlanBaselines.Exhaustive(pool);

            var plan = PlanBaselines.NewPairings(MentoringPlanner.Plan(new PlanInput(pool)));

            Assert.True(optimum.Matched == plan.Matched, $"seed {seed}: matched {plan.Matched}, optimum {optimum.Matched}");
            Assert.True(Math.Abs(optimum.Score - plan.Score) <= ScalingTolerance, $"seed {seed}: score {plan.Score}, optimum {optimum.Score}");
        }
    }

    [Fact]
    public void The_plan_is_never_worse_than_greedy_best_score_first()
    {
        var strictlyBetter = 0;
        for (var seed = 0; seed < Instances; seed++)
        {
            var pool = RandomPool(seed);
            var greedy = PlanBaselines.Greedy(pool);

            var plan = PlanBaselines.NewPairings(MentoringPlanner.Plan(new PlanInput(pool)));

            Assert.True(plan.Matched >= greedy.Matched, $"seed {seed}");
            Assert.True(plan.Matched > greedy.Matched || plan.Score >= greedy.Score - ScalingTolerance, $"seed {seed}");
            strictlyBetter += plan.Matched > greedy.Matched || plan.Score > greedy.Score + ScalingTolerance ? 1 : 0;
        }

        Assert.True(strictlyBetter > 0, "the instances should include some where greedy falls short");
    }

    [Fact]
    public void Keeping_at_least_as_many_candidates_as_mentors_reaches_the_exhaustive_optimum()
    {
        for (var seed = 0; seed < Instances; seed++)
        {
            var pool = RandomPool(seed);
            var mentors = pool.Index.Organisations.Count(o => o.WillingToMentor);
            var optimum = PlanBaselines.Exhaustive(pool);

            var plan = PlanBaselines.NewPairings(MentoringPlanner.Plan(new PlanInput(pool, CandidatesPerMentee: mentors)));

            Assert.Equal(optimum.Matched, plan.Matched);
            Assert.True(Math.Abs(optimum.Score - plan.Score) <= ScalingTolerance, $"seed {seed}");
        }
    }

    [Fact]
    public void Storing_one_to_three_arcs_per_mentee_reaches_the_exhaustive_optimum_with_the_true_counts()
    {
        var (rescored, recovered) = (0L, 0);
        for (var seed = 0; seed < Instances; seed++)
        {
            var pool = RandomPool(seed);
            var optimum = PlanBaselines.Exhaustive(pool);
            var unlimited = MentoringPlanner.Plan(new PlanInput(pool));
            var arcBudget = (1 + (seed % 3)) * PlanBaselines.OpenMentees(pool).Count;

            var plan = MentoringPlanner.Plan(new PlanInput(pool), arcBudget);

            var objective = PlanBaselines.NewPairings(plan);
            Assert.True(optimum.Matched == objective.Matched, $"seed {seed}: matched {objective.Matched}, optimum {optimum.Matched}");
            Assert.True(Math.Abs(optimum.Score - objective.Score) <= ScalingTolerance, $"seed {seed}: score {objective.Score}, optimum {optimum.Score}");
            Assert.All(plan.Unmatched, u => Assert.Equal(EligibleMentors(pool, u.MenteeId), u.EligibleMentors));
            Assert.Equal(unlimited.Counts.CandidateArcs, plan.Counts.CandidateArcs);
            (rescored, recovered) = (rescored + plan.Counts.RescoredPairs, recovered + plan.Counts.RecoveredArcs);
        }

        Assert.True(rescored > 0 && recovered > 0, "dropped pairs should be scored again, and some stored, on these instances");
    }

    [Fact]
    public void A_tiny_arc_budget_gives_the_objective_of_an_unlimited_one_on_larger_random_instances()
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var random = new Random(seed);
            var organisations = RandomInstances.Planning(random, mentors: random.Next(8, 20), mentees: random.Next(20, 60));
            var pool = new MatchingPool(organisations, RandomInstances.History(random, organisations), MatchingWeights.Default);
            var unlimited = MentoringPlanner.Plan(new PlanInput(pool));

            var plan = MentoringPlanner.Plan(new PlanInput(pool), arcBudget: 1 + (seed % 3));

            Assert.Equal(unlimited.Objective.MatchedMentees, plan.Objective.MatchedMentees);
            Assert.True(Math.Abs(unlimited.Objective.TotalScore - plan.Objective.TotalScore) <= 60 * ScalingTolerance, $"seed {seed}");
            Assert.Equal(unlimited.Counts.CandidateArcs, plan.Counts.CandidateArcs);
            Assert.All(plan.Unmatched, u => Assert.Equal(EligibleMentors(pool, u.MenteeId), u.EligibleMentors));
        }
    }

    [Fact]
    public void Every_plan_respects_free_places_eligibility_and_one_new_mentor_per_mentee()
    {
        for (var seed = 0; seed < Instances; seed++)
        {
            var pool = RandomPool(seed);

            var plan = MentoringPlanner.Plan(new PlanInput(pool));

            var added = plan.Pairings.Where(p => !p.Pinned).Select(p => p.Score).ToList();
            Assert.All(added.GroupBy(p => p.MentorId), g => Assert.True(g.Count() <= pool.History.FreePlaces(pool.Index.Find(g.Key)!)));
            Assert.All(added, p => Assert.True(pool.Eligibility.IsEligible(pool.Index.Find(p.MentorId)!, pool.Index.Find(p.MenteeId)!)));
            Assert.Equal(added.Count, added.Select(p => p.MenteeId).Distinct().Count());
            Assert.Equal(PlanBaselines.OpenMentees(pool).Count, added.Count + plan.Unmatched.Count);
        }
    }
}
