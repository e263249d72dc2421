namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>The best mentor found for one capacity area, and why, in one sentence.</summary>
/// <param name="Score">The matcher's total, 0 to 1.</param>
public sealed record MentorForArea(int MentorId, double Score, string Explanation);
