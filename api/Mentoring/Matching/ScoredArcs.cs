namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>One mentee's eligible mentors and their integer scores, in buffers a scoring thread reuses from mentee to mentee.</summary>
internal sealed class ScoredArcs
{
    private readonly List<int> _collected = [];
    private readonly List<int> _positions = [];
    private readonly List<int> _scores = [];
    private readonly PriorityQueue<int, (int Score, int NegatedIndex)> _best = new();

    /// <summary>The mentee's eligible mentors' positions, ascending.</summary>
    public IReadOnlyList<int> Positions => _positions;

    public void Score(MatchingPool pool, bool[] canMentor, int menteePosition)
    {
        _collected.Clear();
        _positions.Clear();
        _scores.Clear();
        var mentee = pool.Index.ProfileAt(menteePosition);
        foreach (var position in pool.Index.CollectMentors(menteePosition, null, _collected))
        {
            var mentor = pool.Index.ProfileAt(position);
            if (canMentor[position] && pool.Eligibility.IsEligiblePair(mentor, mentee))
            {
                _positions.Add(position);
                _scores.Add(ToSolverScore(pool, mentor, mentee));
            }
        }
    }

    /// <summary>The solver's integer score of a pair: rounded to <see cref="PlanCandidates.ScoreScale"/>.</summary>
    public static int ToSolverScore(MatchingPool pool, MatchProfile mentor, MatchProfile mentee) =>
        checked((int)Math.Round(pool.Scorer.Total(mentor, mentee) * PlanCandidates.ScoreScale));

    /// <summary>
    /// The best <paramref name="k"/> (by score, ties to the lower position), ascending by position, and the highest
    /// score left out (<see cref="int.MinValue"/> when none is).
    /// </summary>
    public (int[] Positions, int[] Scores, int DroppedBest) Best(int k)
    {
        if (_positions.Count <= k)
        {
            return ([.. _positions], [.. _scores], int.MinValue);
        }

        // A min-heap of the best k: the worst kept (lowest score, then highest position) is at the top, and leaves first.
        _best.Clear();
        var droppedBest = int.MinValue;
        for (var c = 0; c < _positions.Count; c++)
        {
            if (_best.Count < k)
            {
                _best.Enqueue(c, (_scores[c], -c));
            }
            else if (_best.TryPeek(out _, out var worst) && (_scores[c], -c).CompareTo(worst) > 0)
            {
                droppedBest = Math.Max(droppedBest, worst.Score);
                _best.DequeueEnqueue(c, (_scores[c], -c));
            }
            else
            {
                droppedBest = Math.Max(droppedBest, _scores[c]);
            }
        }

        var kept = _best.UnorderedItems.Select(item => item.Element).Order().ToArray();
        return ([.. kept.Select(c => _positions[c])], [.. kept.Select(c => _scores[c])], droppedBest);
    }
}
