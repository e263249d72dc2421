namespace VcsDirectory.Api.Outcomes.Progress;

/// <summary>A recorded value as the progress builder sees it: which indicator, in which order it was recorded, and the reading.</summary>
public sealed record RecordedReading(string IndicatorCode, int Id, IndicatorReading Reading);
