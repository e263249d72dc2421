namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>A pairing in a plan: a new proposal, or an Accepted or Active one the plan keeps (pinned).</summary>
public sealed record PlannedPairing(MatchScore Score, bool Pinned);
