namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// The assignment the planner solves, in solver terms: mentees 0…M−1, mentor slots 0…J−1 with capacities, and for
/// each mentee its candidate arcs (slots ascending) with integer scores.
/// </summary>
internal sealed class AssignmentProblem
{
    public AssignmentProblem(int[][] slots, int[][] scores, int[] capacities)
    {
        Slots = slots;
        Scores = scores;
        Capacities = capacities;
        HighestScore = scores.SelectMany(s => s).DefaultIfEmpty(0).Max();
        MatchableCount = slots.Count(s => s.Length > 0);
        MatchReward = ((long)MatchableCount * HighestScore) + 1;
    }

    public int MenteeCount => Slots.Length;

    public int MentorCount => Capacities.Length;

    /// <summary>Mentee m's candidate mentor slots, ascending.</summary>
    public int[][] Slots { get; }

    /// <summary>Aligned with <see cref="Slots"/>.</summary>
    public int[][] Scores { get; }

    public int[] Capacities { get; }

    public int HighestScore { get; }

    /// <summary>Mentees with at least one candidate: the most that can be matched.</summary>
    public int MatchableCount { get; }

    /// <summary>
    /// What one more matched mentee is worth in the single-cost form of the lexicographic objective: more than any
    /// possible difference in total score, so no gain in score can ever pay for a lost mentee.
    /// </summary>
    public long MatchReward { get; }
}
