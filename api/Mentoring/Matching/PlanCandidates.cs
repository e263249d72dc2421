namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Generates, checks and scores every open mentee's eligible mentors, as an <see cref="AssignmentProblem"/>.</summary>
internal static class PlanCandidates
{
    /// <summary>Scores become integers at this precision for the solver: two pairs closer than 10⁻⁶ tie.</summary>
    public const double ScoreScale = 1_000_000;

    /// <summary>
    /// Arcs stored per mentee (its best): enough that the solver almost never needs the rest, few enough that 25,000
    /// mentees hold 25 MB of arcs rather than gigabytes. The rest are scored again only where they could matter.
    /// </summary>
    public const int StoredArcsPerMentee = 128;

    public const double ScoringShare = 0.5;

    private const int ReportEvery = 256;

    /// <summary>
    /// The problem over the mentees given (in that order), and for each mentor slot the mentor's position in the index
    /// (ascending, so slot order is id order). Each mentee stores its best <paramref name="stored"/> arcs (ties to the
    /// lower mentor); null stores them all.
    /// </summary>
    /// <remarks>Scoring is the first half of a plan's work: progress runs from 0 to <see cref="ScoringShare"/>, reported every <see cref="ReportEvery"/> mentees.</remarks>
    public static (AssignmentProblem Problem, int[] MentorPositions) For(
        MatchingPool pool, IReadOnlyList<int> menteePositions, int? stored = StoredArcsPerMentee,
        IProgress<PlanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var index = pool.Index;
        var canMentor = Enumerable.Range(0, index.Count).Select(p => pool.Eligibility.CanMentor(index.ProfileAt(p))).ToArray();
        var candidates = new int[menteePositions.Count][];
        var scores = new int[menteePositions.Count][];
        var eligible = new int[menteePositions.Count];
        var highestDropped = new int[menteePositions.Count];
        var isCandidate = new bool[index.Count];

        // Each mentee's list depends on the pool alone, so scoring them in parallel gives the same lists in the same order.
        var scored = 0;
        Parallel.For(
            0,
            candidates.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new ScoredArcs(),
            (m, _, arcs) =>
            {
                arcs.Score(pool, canMentor, menteePositions[m]);
                foreach (var position in arcs.Positions)
                {
                    isCandidate[position] = true;
                }

                eligible[m] = arcs.Positions.Count;
                (candidates[m], scores[m], highestDropped[m]) = arcs.Best(stored ?? int.MaxValue);
                if (Interlocked.Increment(ref scored) % ReportEvery == 0)
                {
                    progress?.Report(new PlanProgress("scoring candidate pairs", ScoringShare * scored / candidates.Length));
                }

                return arcs;
            },
            _ => { });

        var mentors = Enumerable.Range(0, index.Count).Where(p => isCandidate[p]).ToArray();
        var slotOf = new int[index.Count];
        for (var slot = 0; slot < mentors.Length; slot++)
        {
            slotOf[mentors[slot]] = slot;
        }

        foreach (var list in candidates)
        {
            ToSlots(list, slotOf);
        }

        var capacities = mentors.Select(p => pool.History.FreePlaces(index.ProfileAt(p).Organisation)).ToArray();
        return (new AssignmentProblem(candidates, scores, capacities, eligible, highestDropped, m =>
        {
            var arcs = new ScoredArcs();
            arcs.Score(pool, canMentor, menteePositions[m]);
            var (all, allScores, _) = arcs.Best(int.MaxValue);
            ToSlots(all, slotOf);
            return (all, allScores);
        }), mentors);
    }

    private static void ToSlots(int[] positions, int[] slotOf)
    {
        for (var c = 0; c < positions.Length; c++)
        {
            positions[c] = slotOf[positions[c]];
        }
    }
}
