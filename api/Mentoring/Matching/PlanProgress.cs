namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>How far a plan has come: the phase under way and the share of the whole plan done (0–1), for a caller that shows progress.</summary>
public readonly record struct PlanProgress(string Phase, double Done);
