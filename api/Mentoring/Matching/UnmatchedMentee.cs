namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>A mentee the plan could not match, and why.</summary>
/// <param name="EligibleMentors">How many mentors were eligible for it (0 with <see cref="UnmatchedReason.NoEligibleMentor"/>).</param>
public sealed record UnmatchedMentee(int MenteeId, UnmatchedReason Reason, int EligibleMentors);
