using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Outcomes.Indicators;
using VcsDirectory.Api.Outcomes.Specifications;
using VcsDirectory.Api.Outcomes.Status;

namespace VcsDirectory.Api.Outcomes.Progress;

/// <summary>
/// How each indicator of a specification stands: a computed indicator's value is computed from the centre's records now
/// (never stored); a recorded one's latest value is the latest recorded on or before <c>today</c>.
/// </summary>
public static class SpecificationProgress
{
    public static IReadOnlyList<IndicatorProgress> Build(
        IReadOnlyList<IndicatorTarget> targets, IReadOnlyList<RecordedReading> recorded, Func<string, ComputedValue> compute,
        DateOnly today, OutcomeFramework framework)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(recorded);
        // Oldest first; of two values on one day, the one recorded later is the later.
        var byCode = recorded.Where(r => r.Reading.On <= today).OrderBy(r => r.Reading.On).ThenBy(r => r.Id)
            .ToLookup(r => r.IndicatorCode, r => r.Reading);
        var result = new List<IndicatorProgress>();
        foreach (var target in targets)
        {
            // A target on an indicator the framework no longer has cannot be judged: the rules refuse new ones.
            if (framework.Indicator(target.IndicatorCode) is not { } indicator)
            {
                continue;
            }

            result.Add(indicator.IsComputed
                ? Computed(indicator, target, compute(indicator.Code), today)
                : Recorded(indicator, target, [.. byCode[indicator.Code]]));
        }

        return result;
    }

    private static IndicatorProgress Computed(OutcomeIndicator indicator, IndicatorTarget target, ComputedValue value, DateOnly today)
    {
        var reading = value.Value is { } v ? new IndicatorReading(v, today, null, false, IsComputed: true) : null;
        var status = StatusRule.Assess(indicator.Direction, target.Target, value.Value);
        return new(indicator, target.Target, target.Baseline, reading, reading is null ? [] : [reading], status.Status, $"{value.Explanation} {status.Explanation}");
    }

    private static IndicatorProgress Recorded(OutcomeIndicator indicator, IndicatorTarget target, List<IndicatorReading> readings)
    {
        var latest = readings.LastOrDefault();
        var status = StatusRule.Assess(indicator.Direction, target.Target, latest?.Value);
        var explanation = latest is null ? status.Explanation : $"Recorded on {latest.On:yyyy-MM-dd}: {status.Explanation}";
        return new(indicator, target.Target, target.Baseline, latest, readings, status.Status, explanation);
    }
}
