using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Outcomes.Status;

namespace VcsDirectory.Api.Outcomes.Progress;

/// <summary>One indicator of a specification: its target and baseline, its values, and how it stands.</summary>
/// <param name="History">Recorded values oldest first; a computed indicator's one value, computed now.</param>
public sealed record IndicatorProgress(
    OutcomeIndicator Indicator,
    double Target,
    double? Baseline,
    IndicatorReading? Latest,
    IReadOnlyList<IndicatorReading> History,
    IndicatorStatus Status,
    string Explanation);
