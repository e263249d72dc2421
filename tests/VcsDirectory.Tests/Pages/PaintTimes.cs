namespace VcsDirectory.Tests.Pages;

/// <summary>
/// First contentful paint and first useful paint, in ms from navigation: printed by the page tests, never asserted
/// (the suite runs on shared, busy machines; timings belong to the benchmarks and the load script).
/// </summary>
public sealed record PaintTimes(double FirstContentfulPaint, double FirstUsefulPaint);
