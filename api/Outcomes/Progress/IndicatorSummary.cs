using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Outcomes.Status;

namespace VcsDirectory.Api.Outcomes.Progress;

/// <summary>One indicator across the borough's centres whose current specification commits to it.</summary>
public sealed record IndicatorSummary(OutcomeIndicator Indicator, IReadOnlyList<CentreIndicatorStatus> Centres)
{
    public int Count(IndicatorStatus status) => Centres.Count(c => c.Status == status);

    /// <summary>The framework's indicators in order, each with the centres that commit to it (by centre id).</summary>
    public static IReadOnlyList<IndicatorSummary> Build(OutcomeFramework framework, IReadOnlyList<(int CentreId, bool IsSynthetic, IReadOnlyList<IndicatorProgress> Progress)> centres) =>
        framework.Indicators.Select(indicator => new IndicatorSummary(indicator, centres
            .SelectMany(c => c.Progress.Where(p => p.Indicator.Code == indicator.Code)
                .Select(p => new CentreIndicatorStatus(c.CentreId, p.Status, p.Latest?.Value, p.Target, indicator.IsComputed, c.IsSynthetic || p.Latest?.IsSynthetic == true)))
            .OrderBy(c => c.CentreId).ToList())).ToList();
}
