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

    /// <summary>The same problem with each mentee storing only its best <paramref name="stored"/> arcs; the others are scored again from <paramref name="problem"/>.</summary>
    private static AssignmentProblem StoringBest(AssignmentProblem problem, int stored)
    {
        var best = problem.Slots.Select((slots, m) => Enumerable.Range(0, slots.Length)
            .OrderByDescending(c => problem.Scores[m][c]).ThenBy(c => c).Take(stored).Order().ToArray()).ToArray();
        var droppedBest = problem.Scores.Select((scores, m) => scores.Where((_, c) => !best[m].Contains(c)).DefaultIfEmpty(int.MinValue).Max()).ToArray();
        int? ScoreOf(int m, int slot) => Array.IndexOf(problem.Slots[m], slot) is var c and >= 0 ? problem.Scores[m][c] : null;
        return new AssignmentProblem(
            [.. best.Select((kept, m) => kept.Select(c => problem.Slots[m][c]).ToArray())],
            [.. best.Select((kept, m) => kept.Select(c => problem.Scores[m][c]).ToArray())],
            problem.Capacities,
            [.. problem.Slots.Select(s => s.Length)],
            droppedBest,
            ScoreOf);
    }

    [Fact]
    public void Storing_only_each_mentees_best_arcs_reaches_the_optimum_of_one_solve_over_every_arc()
    {
        var (rescored, recovered) = (0L, 0);
        for (var seed = 0; seed < 200; seed++)
        {
            var problem = RandomProblem(new Random(seed));
            var everyArc = AssignmentSolver.Solve(problem, keepBest: int.MaxValue);
            var restricted = StoringBest(problem, stored: 1 + (seed % 3));

            var priced = AssignmentSolver.Solve(restricted, keepBest: null, seedArcs: 1, pricedArcs: 1);

            Assert.Equal(Objective(problem, everyArc.Chosen), Objective(restricted, priced.Chosen));
            (rescored, recovered) = (rescored + priced.RescoredPairs, recovered + priced.RecoveredArcs);
        }

        Assert.True(rescored > 0 && recovered > 0, "dropped arcs should be scored again, and some stored, on these instances");
    }

    [Fact]
    public void A_plan_never_uses_more_places_than_a_mentor_has()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var problem = RandomProblem(new Random(seed));

            var chosen = AssignmentSolver.Solve(problem, keepBest: null, seedArcs: 1, pricedArcs: 1).Chosen;

            var used = chosen.Select((c, m) => c >= 0 ? problem.Slots[m][c] : -1).Where(slot => slot >= 0).CountBy(slot => slot);
            Assert.All(used, u => Assert.True(u.Value <= problem.Capacities[u.Key]));
        }
    }
}
