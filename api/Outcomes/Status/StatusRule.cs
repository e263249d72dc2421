using System.Globalization;
using VcsDirectory.Api.Outcomes.Framework;

namespace VcsDirectory.Api.Outcomes.Status;

/// <summary>
/// How an indicator stands: ON_TRACK when its latest value meets the target in the better direction; AT_RISK when it
/// misses by at most <see cref="Tolerance"/> of the target's size; OFF_TRACK when it misses by more; NO_DATA without a
/// value or a target. A target of 0 has no margin, so any miss is OFF_TRACK.
/// </summary>
public static class StatusRule
{
    /// <summary>How far short of the target still counts as at risk rather than off track, as a share of the target.</summary>
    public const double Tolerance = 0.10;

    public const string Description =
        "ON_TRACK when the latest value meets the target (at or above it, or at or below it where lower is better); " +
        "AT_RISK when it misses by no more than 10% of the target; OFF_TRACK when it misses by more; NO_DATA without a value or a target.";

    public static StatusAssessment Assess(IndicatorDirection direction, double? target, double? value)
    {
        if (target is not { } goal)
        {
            return new(IndicatorStatus.NoData, "No target is set for this indicator.");
        }

        if (value is not { } latest)
        {
            return new(IndicatorStatus.NoData, $"No value yet against a target of {Show(goal)}.");
        }

        // How far the value falls short in the worse direction; zero or less meets the target.
        var shortfall = direction == IndicatorDirection.HigherIsBetter ? goal - latest : latest - goal;
        // Figures come to a tenth or so: a shortfall of exactly 10% must not tip over on floating-point noise.
        var margin = (Math.Abs(goal) * Tolerance) + 1e-9;
        var side = direction == IndicatorDirection.HigherIsBetter ? "below" : "above";
        if (shortfall <= 1e-9)
        {
            return new(IndicatorStatus.OnTrack, $"{Show(latest)} meets the target of {Show(goal)}.");
        }

        return shortfall <= margin
            ? new(IndicatorStatus.AtRisk, $"{Show(latest)} is {Show(shortfall)} {side} the target of {Show(goal)}, within 10% of it.")
            : new(IndicatorStatus.OffTrack, $"{Show(latest)} is {Show(shortfall)} {side} the target of {Show(goal)}, more than 10% of it.");
    }

    private static string Show(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
