namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>A mentee's eligible mentors as the solver sees them: kept ones ordered by mentor position, scores scaled.</summary>
internal sealed record MenteeCandidates(int MenteePosition, int EligibleCount, int[] MentorPositions, long[] ScaledScores);

/// <summary>Generates, checks and scores each mentee's candidate mentors, keeping the best K when asked.</summary>
internal static class PlanCandidates
{
    /// <summary>Scores become integer costs at this precision: two pairs closer than 10⁻⁶ tie.</summary>
    public const double ScoreScale = 1_000_000;

    public static MenteeCandidates[] For(MatchingPool pool, IReadOnlyList<int> menteePositions, int? keepBest)
    {
        var result = new MenteeCandidates[menteePositions.Count];
        var positions = new List<int>();
        var best = new PriorityQueue<int, (long Scaled, int NegatedPosition)>();
        var kept = new List<(int Position, long Scaled)>();
        for (var i = 0; i < result.Length; i++)
        {
            var mentee = pool.Index.ProfileAt(menteePositions[i]);
            positions.Clear();
            kept.Clear();
            var eligible = 0;
            foreach (var position in pool.Index.CollectMentors(menteePositions[i], null, positions))
            {
                var mentor = pool.Index.ProfileAt(position);
                if (!pool.Eligibility.IsEligible(mentor, mentee))
                {
                    continue;
                }

                eligible++;
                var scaled = (long)Math.Round(pool.Scorer.Total(mentor, mentee) * ScoreScale);
                if (keepBest is not { } k)
                {
                    kept.Add((position, scaled));
                    continue;
                }

                // A min-queue of the best K: the worst kept (lowest score, then highest id) leaves first.
                best.Enqueue(position, (scaled, -position));
                if (best.Count > k)
                {
                    best.Dequeue();
                }
            }

            while (best.TryDequeue(out var position, out var priority))
            {
                kept.Add((position, priority.Scaled));
            }

            kept.Sort((a, b) => a.Position.CompareTo(b.Position));
            result[i] = new MenteeCandidates(menteePositions[i], eligible, [.. kept.Select(c => c.Position)], [.. kept.Select(c => c.Scaled)]);
        }

        return result;
    }
}
