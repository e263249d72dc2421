namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>A borough-wide plan: pairings (pinned first, then new, each by mentee id), mentees left unmatched, objective and counts.</summary>
public sealed record MentoringPlan(
    IReadOnlyList<PlannedPairing> Pairings,
    IReadOnlyList<UnmatchedMentee> Unmatched,
    PlanObjective Objective,
    PlanCounts Counts);
