namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>One mentee's eligible mentors and their integer scores, in buffers a scoring thread reuses from mentee to mentee.</summary>
internal sealed class ScoredArcs
{
    private readonly List<int> _collected = [];
    private readonly List<int> _scores = [];

    /// <summary>The eligible mentors' positions, ascending.</summary>
    public List<int> Positions { get; } = [];

    public void Score(MatchingPool pool, bool[] canMentor, int menteePosition)
    {
        _collected.Clear();
        Positions.Clear();
        _scores.Clear();
        var mentee = pool.Index.ProfileAt(menteePosition);
        foreach (var position in pool.Index.CollectMentors(menteePosition, null, _collected))
        {
            var mentor = pool.Index.ProfileAt(position);
            if (canMentor[position] && pool.Eligibility.IsEligiblePair(mentor, mentee))
            {
                Positions.Add(position);
                _scores.Add(checked((int)Math.Round(pool.Scorer.Total(mentor, mentee) * PlanCandidates.ScoreScale)));
            }
        }
    }

    /// <summary>The best <paramref name="k"/> (ties to the lower position), ascending by position, and the highest score left out (<see cref="int.MinValue"/> if none).</summary>
    public (int[] Positions, int[] Scores, int HighestDropped) Best(int k)
    {
        if (Positions.Count <= k)
        {
            return ([.. Positions], [.. _scores], int.MinValue);
        }

        // A min-heap of the best k: the worst kept (lowest score, then highest position) is at the top, and leaves first.
        var best = new PriorityQueue<int, (int Score, int NegatedIndex)>(k + 1);
        var highestDropped = int.MinValue;
        for (var c = 0; c < Positions.Count; c++)
        {
            if (best.Count < k)
            {
                best.Enqueue(c, (_scores[c], -c));
            }
            else if (best.TryPeek(out _, out var worst) && (_scores[c], -c).CompareTo(worst) > 0)
            {
                highestDropped = Math.Max(highestDropped, worst.Score);
                best.DequeueEnqueue(c, (_scores[c], -c));
            }
            else
            {
                highestDropped = Math.Max(highestDropped, _scores[c]);
            }
        }

        var kept = best.UnorderedItems.Select(item => item.Element).Order().ToArray();
        return ([.. kept.Select(c => Positions[c])], [.. kept.Select(c => _scores[c])], highestDropped);
    }
}
