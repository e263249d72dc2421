namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// Prices the arcs mentees did not store against a solve's potentials, so a plan over the stored arcs is still the
/// optimum over all of them; only arcs that could improve it are scored again, and only a few are stored.
/// </summary>
/// <remarks>
/// A dropped arc (m, j) has reduced cost π(m) − π(j) − (reward + score), and its score is at most
/// <see cref="AssignmentProblem.DroppedBest"/>: it can be negative only when π(j) &gt; π(m) − reward − dropped best.
/// Mentors are walked in falling potential, each mentee stopping at that threshold, so a mentee already offered a
/// mentor as valuable as any it dropped walks none (bounding with the highest potential of all, as a first attempt
/// did, re-scores nearly every mentee: that mentor is usually one with free places, worth a whole match). Each
/// mentee then stores at most <c>most</c> of the arcs found negative, the most negative, and they join the solve.
/// When none is found, every arc, stored or not, has a reduced cost ≥ 0 and the plan is optimal over all of them.
/// Run only once the stored arcs offer no improvement, since scoring again costs far more than pricing what is stored.
/// </remarks>
internal static class DroppedArcs
{
    public static (int Recovered, long Rescored) AddImproving(
        AssignmentProblem problem, List<int>[] kept, long[] potentials, int most, CancellationToken cancellationToken)
    {
        var firstMentorNode = 2 + problem.MenteeCount;
        var byPotential = Enumerable.Range(0, problem.MentorCount).OrderByDescending(j => potentials[firstMentorNode + j]).ToArray();
        var potentialOf = byPotential.Select(j => potentials[firstMentorNode + j]).ToArray();
        var (recovered, rescored) = (0, 0L);
        Parallel.For(
            0,
            problem.MenteeCount,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => (Improving: new List<(long ReducedCost, int Slot, int Score)>(most + 1), Recovered: 0, Rescored: 0L),
            (m, _, local) =>
            {
                if (!problem.HasDropped(m))
                {
                    return local;
                }

                local.Improving.Clear();
                var menteePotential = potentials[2 + m];
                var threshold = menteePotential - problem.MatchReward - problem.DroppedBest[m];
                for (var rank = 0; rank < byPotential.Length && potentialOf[rank] > threshold; rank++)
                {
                    var slot = byPotential[rank];
                    if (Array.BinarySearch(problem.Slots[m], slot) >= 0 || problem.ScoreDropped(m, slot) is not { } score)
                    {
                        continue; // stored arcs are priced exactly elsewhere
                    }

                    local.Rescored++;
                    var reducedCost = menteePotential - potentialOf[rank] - (problem.MatchReward + score);
                    if (reducedCost < 0)
                    {
                        AssignmentSolver.KeepMostNegative(local.Improving, (reducedCost, slot, score), most);
                    }
                }

                foreach (var (_, slot, score) in local.Improving)
                {
                    var candidate = problem.Store(m, slot, score);
                    var list = kept[m];
                    for (var k = 0; k < list.Count; k++)
                    {
                        list[k] += list[k] >= candidate ? 1 : 0;
                    }

                    list.Insert(~list.BinarySearch(candidate), candidate);
                    local.Recovered++;
                }

                return local;
            },
            local =>
            {
                Interlocked.Add(ref recovered, local.Recovered);
                Interlocked.Add(ref rescored, local.Rescored);
            });
        return (recovered, rescored);
    }
}
