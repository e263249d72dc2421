namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>What the plan maximises, in order: mentees matched, then their total score (pinned pairings included in both).</summary>
public sealed record PlanObjective(int MatchedMentees, double TotalScore);
