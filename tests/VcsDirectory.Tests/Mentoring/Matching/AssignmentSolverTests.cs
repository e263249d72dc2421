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
    public void Storing_only_each_mentees_best_arcs_still_reaches_the_optimum_over_every_arc()
    {
        var expanded = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var problem = RandomProblem(new Random(seed));
            var everyArc = AssignmentSolver.Solve(problem, keepBest: int.MaxValue);
            var stored = Storing(RandomProblem(new Random(seed)), best: 1 + (seed % 3));
            var dropped = Enumerable.Range(0, stored.MenteeCount).Count(stored.HasDropped);

            var priced = AssignmentSolver.Solve(stored, keepBest: null, seedArcs: 1, pricedArcs: 1);

            Assert.Equal(Objective(problem, everyArc.Chosen), Objective(stored, priced.Chosen));
            expanded += dropped - Enumerable.Range(0, stored.MenteeCount).Count(stored.HasDropped);
        }

        Assert.True(expanded > 0, "some mentees' dropped arcs should have been needed");
    }

    /// <summary>The same problem with each mentee storing only its best arcs, the rest given back on demand.</summary>
    private static AssignmentProblem Storing(AssignmentProblem full, int best)
    {
        var keep = full.Scores.Select(scores => Enumerable.Range(0, scores.Length).OrderByDescending(c => scores[c]).ThenBy(c => c).Take(best).Order().ToArray()).ToArray();
        return new AssignmentProblem(
            [.. keep.Select((cs, m) => cs.Select(c => full.Slots[m][c]).ToArray())],
            [.. keep.Select((cs, m) => cs.Select(c => full.Scores[m][c]).ToArray())],
            full.Capacities,
            [.. full.Slots.Select(s => s.Length)],
            [.. keep.Select((cs, m) => full.Scores[m].Where((_, c) => !cs.Contains(c)).DefaultIfEmpty(int.MinValue).Max())],
            m => (full.Slots[m], full.Scores[m]));
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
