namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// Generates, checks and scores every open mentee's eligible mentors, as an <see cref="AssignmentProblem"/> that stores
/// each mentee's best ones.
/// </summary>
internal static class PlanCandidates
{
    /// <summary>Scores become integers at this precision for the solver: two pairs closer than 10⁻⁶ tie.</summary>
    public const double ScoreScale = 1_000_000;

    /// <summary>
    /// The arcs a plan may store (8 bytes each, slot and score), shared evenly among its open mentees; the rest are
    /// scored again only where they could improve the plan (<see cref="DroppedArcs"/>), so the plan is exact whatever
    /// this is. 24 million (under 200 MB) store every eligible pair of a 10,000-organisation borough (about 9 million),
    /// so plans up to that size run as they would with no limit; at 50,000 (over 200 million pairs) each mentee stores about 700.
    /// </summary>
    public const int ArcBudget = 24_000_000;

    public const double ScoringShare = 0.5;

    private const int ReportEvery = 256;

    /// <summary>How many of its best arcs each of <paramref name="mentees"/> stores within <paramref name="arcBudget"/>, and at least <paramref name="atLeast"/>.</summary>
    public static int StoredPerMentee(int arcBudget, int mentees, int atLeast) => Math.Max(Math.Max(atLeast, 1), arcBudget / Math.Max(mentees, 1));

    /// <summary>
    /// The problem over the mentees given (in that order), each storing its best <paramref name="storedPerMentee"/>
    /// arcs (ties to the lower mentor), and for each mentor slot the mentor's position in the index (ascending, so slot
    /// order is id order). The slots cover every eligible mentor, stored or not.
    /// </summary>
    /// <remarks>Scoring is the first half of a plan's work: progress runs from 0 to <see cref="ScoringShare"/>, reported every <see cref="ReportEvery"/> mentees.</remarks>
    public static (AssignmentProblem Problem, int[] MentorPositions) For(
        MatchingPool pool, IReadOnlyList<int> menteePositions, int storedPerMentee,
        IProgress<PlanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var index = pool.Index;
        var canMentor = Enumerable.Range(0, index.Count).Select(p => pool.Eligibility.CanMentor(index.ProfileAt(p))).ToArray();
        var candidates = new int[menteePositions.Count][];
        var scores = new int[menteePositions.Count][];
        var eligible = new int[menteePositions.Count];
        var droppedBest = new int[menteePositions.Count];
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
                (candidates[m], scores[m], droppedBest[m]) = arcs.Best(storedPerMentee);
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
            for (var c = 0; c < list.Length; c++)
            {
                list[c] = slotOf[list[c]];
            }
        }

        int? ScoreDropped(int m, int slot)
        {
            var (mentor, mentee) = (index.ProfileAt(mentors[slot]), index.ProfileAt(menteePositions[m]));
            return pool.Eligibility.IsEligiblePair(mentor, mentee) ? ScoredArcs.ToSolverScore(pool, mentor, mentee) : null;
        }

        var capacities = mentors.Select(p => pool.History.FreePlaces(index.ProfileAt(p).Organisation)).ToArray();
        return (new AssignmentProblem(candidates, scores, capacities, eligible, droppedBest, ScoreDropped), mentors);
    }
}
