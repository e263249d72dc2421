namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Generates, checks and scores every open mentee's eligible mentors, as an <see cref="AssignmentProblem"/>.</summary>
internal static class PlanCandidates
{
    /// <summary>Scores become integers at this precision for the solver: two pairs closer than 10⁻⁶ tie.</summary>
    public const double ScoreScale = 1_000_000;

    public const double ScoringShare = 0.5;

    private const int ReportEvery = 256;

    /// <summary>
    /// The problem over the mentees given (in that order), and for each mentor slot the mentor's position in the index
    /// (ascending, so slot order is id order).
    /// </summary>
    /// <remarks>Scoring is the first half of a plan's work: progress runs from 0 to <see cref="ScoringShare"/>, reported every <see cref="ReportEvery"/> mentees.</remarks>
    public static (AssignmentProblem Problem, int[] MentorPositions) For(
        MatchingPool pool, IReadOnlyList<int> menteePositions, IProgress<PlanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var index = pool.Index;
        var canMentor = Enumerable.Range(0, index.Count).Select(p => pool.Eligibility.CanMentor(index.ProfileAt(p))).ToArray();
        var candidates = new int[menteePositions.Count][];
        var scores = new int[menteePositions.Count][];

        // Each mentee's list depends on the pool alone, so scoring them in parallel gives the same lists in the same order.
        var scored = 0;
        Parallel.For(
            0,
            candidates.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => (Positions: new List<int>(), Kept: new List<int>(), Scores: new List<int>()),
            (m, _, buffers) =>
            {
                (candidates[m], scores[m]) = Score(pool, canMentor, menteePositions[m], buffers);
                if (Interlocked.Increment(ref scored) % ReportEvery == 0)
                {
                    progress?.Report(new PlanProgress("scoring candidate pairs", ScoringShare * scored / candidates.Length));
                }

                return buffers;
            },
            _ => { });

        var isCandidate = new bool[index.Count];
        foreach (var position in candidates.SelectMany(c => c))
        {
            isCandidate[position] = true;
        }

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

        var capacities = mentors.Select(p => pool.History.FreePlaces(index.ProfileAt(p).Organisation)).ToArray();
        return (new AssignmentProblem(candidates, scores, capacities), mentors);
    }

    private static (int[], int[]) Score(
        MatchingPool pool, bool[] canMentor, int menteePosition, (List<int> Positions, List<int> Kept, List<int> Scores) buffers)
    {
        var (positions, kept, scores) = buffers;
        positions.Clear();
        kept.Clear();
        scores.Clear();
        var mentee = pool.Index.ProfileAt(menteePosition);
        foreach (var position in pool.Index.CollectMentors(menteePosition, null, positions))
        {
            var mentor = pool.Index.ProfileAt(position);
            if (canMentor[position] && pool.Eligibility.IsEligiblePair(mentor, mentee))
            {
                kept.Add(position);
                scores.Add(checked((int)Math.Round(pool.Scorer.Total(mentor, mentee) * ScoreScale)));
            }
        }

        return ([.. kept], [.. scores]);
    }
}
