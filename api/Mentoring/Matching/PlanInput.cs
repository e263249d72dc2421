namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>What a borough-wide mentoring plan is asked for.</summary>
/// <param name="MenteeWardIds">Only mentees working in at least one of these wards; null for all.</param>
/// <param name="NeedAreaIds">Only mentees with a need in at least one of these capacity areas; null for all.</param>
/// <param name="CandidatesPerMentee">
/// Keep only each mentee's best K eligible mentors (by score, ties to the lower mentor id) before solving; null keeps
/// all and the plan is exact. See <see cref="MentoringPlanner"/> for what a K costs.
/// </param>
public sealed record PlanInput(
    MatchingPool Pool,
    IReadOnlySet<int>? MenteeWardIds = null,
    IReadOnlySet<int>? NeedAreaIds = null,
    int? CandidatesPerMentee = null);
