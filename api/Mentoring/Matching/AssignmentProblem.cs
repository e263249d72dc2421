namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// The assignment the planner solves, in solver terms: mentees 0…M−1, mentor slots 0…J−1 with capacities, and for
/// each mentee its stored candidate arcs (slots ascending) with integer scores.
/// </summary>
/// <remarks>
/// A mentee may store only its best arcs (<see cref="PlanCandidates.StoredArcsPerMentee"/>): every eligible pair of a
/// 50,000-organisation borough is hundreds of millions of arcs, gigabytes held for pricing alone. The rest are
/// "dropped" but not lost: <see cref="HighestDroppedScore"/> bounds them, and <see cref="Expand"/> scores them again
/// when the solver's potentials say one of them might still improve the plan, so the plan stays exact.
/// </remarks>
internal sealed class AssignmentProblem
{
    private readonly Func<int, (int[] Slots, int[] Scores)>? _allArcsOf;

    /// <summary>Every eligible arc stored; nothing dropped.</summary>
    public AssignmentProblem(int[][] slots, int[][] scores, int[] capacities)
        : this(slots, scores, capacities, [.. slots.Select(s => s.Length)], null, null)
    {
    }

    /// <param name="highestDroppedScore">Per mentee, the highest score among the arcs not stored; <see cref="int.MinValue"/> when none was dropped.</param>
    /// <param name="allArcsOf">Scores a mentee's every eligible arc again (slots ascending), for <see cref="Expand"/>.</param>
    public AssignmentProblem(int[][] slots, int[][] scores, int[] capacities, int[] eligibleCounts, int[]? highestDroppedScore, Func<int, (int[] Slots, int[] Scores)>? allArcsOf)
    {
        Slots = slots;
        Scores = scores;
        Capacities = capacities;
        EligibleCounts = eligibleCounts;
        HighestDroppedScore = highestDroppedScore ?? [.. slots.Select(_ => int.MinValue)];
        _allArcsOf = allArcsOf;
        // A mentee's best arc is always stored, so the highest stored score is the highest of all.
        HighestScore = scores.SelectMany(s => s).DefaultIfEmpty(0).Max();
        MatchableCount = eligibleCounts.Count(n => n > 0);
        MatchReward = ((long)MatchableCount * HighestScore) + 1;
    }

    public int MenteeCount => Slots.Length;

    public int MentorCount => Capacities.Length;

    /// <summary>Mentee m's stored candidate mentor slots, ascending.</summary>
    public int[][] Slots { get; }

    /// <summary>Aligned with <see cref="Slots"/>.</summary>
    public int[][] Scores { get; }

    public int[] Capacities { get; }

    /// <summary>How many mentors are eligible for each mentee, stored or not.</summary>
    public int[] EligibleCounts { get; }

    public int[] HighestDroppedScore { get; }

    public long CandidateArcs => EligibleCounts.Sum(n => (long)n);

    public int HighestScore { get; }

    /// <summary>Mentees with at least one candidate: the most that can be matched.</summary>
    public int MatchableCount { get; }

    /// <summary>
    /// What one more matched mentee is worth in the single-cost form of the lexicographic objective: more than any
    /// possible difference in total score, so no gain in score can ever pay for a lost mentee.
    /// </summary>
    public long MatchReward { get; }

    public bool HasDropped(int mentee) => HighestDroppedScore[mentee] != int.MinValue;

    /// <summary>Every eligible arc of the mentee, scored again; its stored arcs are among them, at new candidate indices.</summary>
    public (int[] Slots, int[] Scores) AllArcsOf(int mentee) =>
        (_allArcsOf ?? throw new InvalidOperationException("This problem dropped no arcs."))(mentee);

    /// <summary>Stores the mentee's every arc (from <see cref="AllArcsOf"/>); answers the new index of each old candidate index.</summary>
    public Func<int, int> Expand(int mentee, (int[] Slots, int[] Scores) all)
    {
        var old = Slots[mentee];
        Slots[mentee] = all.Slots;
        Scores[mentee] = all.Scores;
        HighestDroppedScore[mentee] = int.MinValue;
        return c => Array.BinarySearch(all.Slots, old[c]);
    }
}
