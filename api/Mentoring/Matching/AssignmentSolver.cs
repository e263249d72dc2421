namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// Solves the assignment over every candidate arc without handing them all to the flow solver (column generation):
/// each mentee starts with its best few arcs; after each solve, the arcs left out are priced against the solve's
/// potentials (<see cref="ResidualPotentials"/>) and any that could improve the plan are added, until none can.
/// </summary>
/// <remarks>
/// The result is the optimum over all arcs, the same a single solve over all of them would reach (up to ties), while
/// the solver sees a small fraction of them. Arcs a mentee did not store are priced too, once the stored ones offer no
/// improvement (<see cref="DroppedArcs"/>). With a fixed K (<see cref="PlanInput.CandidatesPerMentee"/>) there is
/// one solve over each mentee's best K arcs and no pricing: faster, but no longer exact.
/// </remarks>
internal static class AssignmentSolver
{
    /// <summary>How many arcs each mentee starts with; pricing adds more where they matter.</summary>
    public const int SeedArcsPerMentee = 8;

    /// <summary>How many improving arcs each mentee may gain per round: more arcs per round, fewer rounds.</summary>
    public const int PricedArcsPerMentee = 4;

    /// <remarks>
    /// Cancellation is checked before each round (OR-Tools' flow solver cannot be interrupted); progress goes from
    /// <see cref="PlanCandidates.ScoringShare"/> towards 1, half the remaining way each round, since the number of rounds is not known ahead.
    /// </remarks>
    public static AssignmentResult Solve(
        AssignmentProblem problem, int? keepBest, int seedArcs = SeedArcsPerMentee, int pricedArcs = PricedArcsPerMentee,
        IProgress<PlanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var kept = BestArcs(problem, keepBest ?? seedArcs);
        var (rescored, recovered) = (0L, 0);
        for (var round = 1; ; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new PlanProgress($"solving, round {round}", 1 - ((1 - PlanCandidates.ScoringShare) / Math.Pow(2, round - 1) * 0.9)));
            var chosen = AssignmentFlow.Solve(problem, kept);
            if (keepBest is null)
            {
                var potentials = ResidualPotentials.Compute(problem, kept, chosen);
                if (AddImprovingArcs(problem, kept, chosen, potentials, pricedArcs))
                {
                    continue;
                }

                var dropped = DroppedArcs.AddImproving(problem, kept, potentials, pricedArcs, cancellationToken);
                (rescored, recovered) = (rescored + dropped.Rescored, recovered + dropped.Recovered);
                if (dropped.Recovered > 0)
                {
                    continue;
                }
            }

            return new AssignmentResult(chosen, round, kept.Sum(k => k.Count), rescored, recovered);
        }
    }

    /// <summary>Each mentee's best k arcs (ties to the lower mentor), listed in candidate order.</summary>
    private static List<int>[] BestArcs(AssignmentProblem problem, int k)
    {
        var kept = new List<int>[problem.MenteeCount];
        Parallel.For(0, kept.Length, m =>
        {
            var scores = problem.Scores[m];
            if (scores.Length <= k)
            {
                kept[m] = [.. Enumerable.Range(0, scores.Length)];
                return;
            }

            // A min-heap of the best k: the worst kept (lowest score, then highest mentor) is at the top, and leaves first.
            var best = new PriorityQueue<int, (int Score, int NegatedIndex)>(k + 1);
            for (var c = 0; c < scores.Length; c++)
            {
                if (best.Count < k)
                {
                    best.Enqueue(c, (scores[c], -c));
                }
                else if (best.TryPeek(out _, out var worst) && (scores[c], -c).CompareTo(worst) > 0)
                {
                    best.DequeueEnqueue(c, (scores[c], -c));
                }
            }

            kept[m] = [.. best.UnorderedItems.Select(item => item.Element).Order()];
        });
        return kept;
    }

    /// <summary>Adds, for each mentee, up to <paramref name="most"/> left-out arcs with the most negative reduced cost.</summary>
    private static bool AddImprovingArcs(AssignmentProblem problem, List<int>[] kept, int[] chosen, long[] potentials, int most)
    {
        var added = new bool[problem.MenteeCount];
        Parallel.For(
            0,
            problem.MenteeCount,
            () => new List<(long ReducedCost, int Candidate)>(most + 1),
            (m, _, improving) =>
            {
                improving.Clear();
                var menteePotential = potentials[2 + m];
                for (var c = 0; c < problem.Slots[m].Length; c++)
                {
                    var mentorPotential = potentials[2 + problem.MenteeCount + problem.Slots[m][c]];
                    var reducedCost = menteePotential - mentorPotential - (problem.MatchReward + problem.Scores[m][c]);
                    if (reducedCost < 0 && c != chosen[m])
                    {
                        KeepMostNegative(improving, (reducedCost, c), most);
                    }
                }

                foreach (var (_, c) in improving)
                {
                    var at = kept[m].BinarySearch(c);
                    if (at < 0)
                    {
                        kept[m].Insert(~at, c);
                        added[m] = true;
                    }
                }

                return improving;
            },
            _ => { });
        return Array.IndexOf(added, true) >= 0;
    }

    /// <summary>Keeps the <paramref name="most"/> smallest entries, ascending: most negative first, ties to the lower candidate.</summary>
    internal static void KeepMostNegative<T>(List<T> smallest, T entry, int most)
        where T : IComparable<T>
    {
        if (smallest.Count == most && entry.CompareTo(smallest[^1]) >= 0)
        {
            return;
        }

        var at = smallest.BinarySearch(entry);
        smallest.Insert(at < 0 ? ~at : at, entry);
        if (smallest.Count > most)
        {
            smallest.RemoveAt(most);
        }
    }
}
