using VcsDirectory.Api.Outcomes.Status;

namespace VcsDirectory.Api.Outcomes.Progress;

/// <summary>How one indicator stands at one centre, in the borough summary.</summary>
public sealed record CentreIndicatorStatus(int CentreId, IndicatorStatus Status, double? Value, double Target, bool IsComputed, bool IsSynthetic);
