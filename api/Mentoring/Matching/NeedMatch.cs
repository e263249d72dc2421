namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>One of the mentee's needs, with what the mentor brings to it (0 when it has no capacity there).</summary>
public sealed record NeedMatch(int CapacityAreaId, int Priority, int MentorStrength);
