using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Tests.Mentoring.Matching;

public class AssignmentSolverTests
{
    private static AssignmentProblem RandomProblem(Random random)
    {
        var (mentees, mentors) = (random.Next(20, 80), random.Next(3, 25));
        var density = random.NextDouble();
        var slots = Enumerable.Range(0, mentees)
            .Select(_ => Enumerable.Range(0, mentors).Where(_ => random.NextDouble() < density).ToArray())
            .ToArray();
        var scores = slots.Select(s => s.Select(_ => random.Next(0, 1_000_000)).ToArray()).ToArray();
        return new AssignmentProblem(slots, scores, [.. Enumerable.Range(0, mentors).Select(_ => random.Next(0, 4))]);
    }

    private static (int Matched, long Score) Objective(AssignmentProblem problem, int[] chosen) =>
        (chosen.Count(c => c >= 0), chosen.Select((c, m) => c >= 0 ? (long)problem.Scores[m][c] : 0).Sum());

    [Fact]
    public void Pricing_from_one_arc_per_mentee_reaches_the_optimum_of_one_solve_over_every_arc()
    {
        var rounds = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var problem = RandomProblem(new Random(seed));
            var everyArc = AssignmentSolver.Solve(problem, keepBest: int.MaxValue);

            var priced = AssignmentSolver.Solve(problem, keepBest: null, seedArcs: 1, pricedArcs: 1);

            Assert.Equal(Objective(problem, everyArc.Chosen), Objective(problem, priced.Chosen));
            rounds = Math.Max(rounds, priced.Rounds);
        }

        Assert.True(rounds > 2, "some instances should need several rounds of pricing");
    }

    [Fact]
    public void A_plan_never_uses_more_places_than_a_mentor_has()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var problem = RandomProblem(new Random(seed));

            var (chosen, _, _) = AssignmentSolver.Solve(problem, keepBest: null, seedArcs: 1, pricedArcs: 1);

            var used = chosen.Select((c, m) => c >= 0 ? problem.Slots[m][c] : -1).Where(slot => slot >= 0).CountBy(slot => slot);
            Assert.All(used, u => Assert.True(u.Value <= problem.Capacities[u.Key]));
        }
    }
}
