namespace VcsDirectory.Api.Outcomes.Status;

/// <summary>An indicator's status and the sentence that explains it.</summary>
public sealed record StatusAssessment(IndicatorStatus Status, string Explanation);
