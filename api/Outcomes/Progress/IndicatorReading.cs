namespace VcsDirectory.Api.Outcomes.Progress;

/// <summary>An indicator's value on a day: recorded (with its note), or computed on read (dated today).</summary>
public sealed record IndicatorReading(double Value, DateOnly On, string? Note, bool IsSynthetic, bool IsComputed);
