namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// The assignment the planner solves, in solver terms: mentees 0…M−1, mentor slots 0…J−1 with capacities, and for
/// each mentee its stored candidate arcs (slots ascending) with integer scores.
/// </summary>
/// <remarks>
/// A mentee may store only its best arcs: every eligible pair of a 50,000-organisation borough is over 200 million
/// arcs, gigabytes held for pricing alone. The others are dropped but not lost: <see cref="DroppedBest"/> bounds their
/// scores, <see cref="ScoreDropped"/> scores one again, and <see cref="Store"/> takes it in when the solver's
/// potentials say it could improve the plan (<see cref="DroppedArcs"/>), so the plan stays the optimum over all of them.
/// </remarks>
internal sealed class AssignmentProblem
{
    private readonly Func<int, int, int?>? _scoreDropped;

    /// <summary>Every eligible arc stored; nothing dropped.</summary>
    public AssignmentProblem(int[][] slots, int[][] scores, int[] capacities)
        : this(slots, scores, capacities, [.. slots.Select(s => s.Length)], [.. slots.Select(_ => int.MinValue)], null)
    {
    }

    /// <param name="eligibleCounts">How many mentors are eligible for each mentee, stored or not; each mentee with one stores at least its best.</param>
    /// <param name="droppedBest">Per mentee, at least the highest score among its eligible arcs not stored (<see cref="int.MinValue"/> when it stores them all).</param>
    /// <param name="scoreDropped">The score of a (mentee, slot) pair not stored, or null when the pair is not eligible.</param>
    public AssignmentProblem(int[][] slots, int[][] scores, int[] capacities, int[] eligibleCounts, int[] droppedBest, Func<int, int, int?>? scoreDropped)
    {
        Slots = slots;
        Scores = scores;
        Capacities = capacities;
        EligibleCounts = eligibleCounts;
        DroppedBest = droppedBest;
        _scoreDropped = scoreDropped;

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

    /// <summary>An upper bound on the score of each mentee's arcs not stored.</summary>
    public int[] DroppedBest { get; }

    public int HighestScore { get; }

    /// <summary>Mentees with at least one candidate: the most that can be matched.</summary>
    public int MatchableCount { get; }

    /// <summary>
    /// What one more matched mentee is worth in the single-cost form of the lexicographic objective: more than any
    /// possible difference in total score, so no gain in score can ever pay for a lost mentee.
    /// </summary>
    public long MatchReward { get; }

    public long CandidateArcs => EligibleCounts.Sum(n => (long)n);

    public long StoredArcs => Slots.Sum(s => (long)s.Length);

    public bool HasDropped(int mentee) => Slots[mentee].Length < EligibleCounts[mentee];

    /// <summary>The score of a pair the mentee did not store, scored again; null when the pair is not eligible.</summary>
    public int? ScoreDropped(int mentee, int slot) =>
        (_scoreDropped ?? throw new InvalidOperationException("This problem stores every arc."))(mentee, slot);

    /// <summary>Stores a dropped arc among the mentee's (slots stay ascending) and answers its candidate index: those at or after it move up one.</summary>
    /// <remarks>Safe to call for different mentees at once; not twice for the same one.</remarks>
    public int Store(int mentee, int slot, int score)
    {
        var (slots, scores) = (Slots[mentee], Scores[mentee]);
        var at = Array.BinarySearch(slots, slot);
        if (at >= 0)
        {
            throw new InvalidOperationException($"Mentee {mentee} already stores slot {slot}.");
        }

        at = ~at;
        Slots[mentee] = [.. slots.AsSpan(0, at), slot, .. slots.AsSpan(at)];
        Scores[mentee] = [.. scores.AsSpan(0, at), score, .. scores.AsSpan(at)];
        return at;
    }
}
