using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outcomes;

/// <summary>The checks outcomes' records share: an indicator named by code, and a figure within its unit's range.</summary>
public static class OutcomeRules
{
    /// <summary>The framework's indicator with this code, or a problem at <paramref name="path"/>.</summary>
    public static OutcomeIndicator? Indicator(ProblemList problems, string path, string? code)
    {
        var indicator = code is null ? null : PooleOutcomeFramework.Instance.Indicator(code);
        if (indicator is null)
        {
            problems.Add(path, ProblemCodes.UnknownReference, $"No indicator '{code}' in the outcome framework.");
        }

        return indicator;
    }

    /// <summary>A percentage within 0-100, a yes/no 0 or 1, a count whole and not negative.</summary>
    public static void Figure(ProblemList problems, string path, OutcomeIndicator indicator, double? value)
    {
        if (value is not { } v)
        {
            return;
        }

        var ok = indicator.Unit switch
        {
            IndicatorUnit.Percent => v is >= 0 and <= 100,
            IndicatorUnit.YesNo => v is 0 or 1,
            _ => v >= 0 && v <= 1_000_000 && Math.Abs(v - Math.Round(v)) < 1e-9,
        };
        if (!ok)
        {
            problems.Add(path, ProblemCodes.OutOfRange, indicator.Unit switch
            {
                IndicatorUnit.Percent => $"A percentage is between 0 and 100 (got {v}).",
                IndicatorUnit.YesNo => $"A yes/no figure is 1 or 0 (got {v}).",
                _ => $"A count is a whole number from 0 (got {v}).",
            });
        }
    }
}
