namespace VcsDirectory.Api.Outcomes.Specifications;

/// <summary>One indicator a specification commits to, by the framework's code: the target for the period and the baseline it starts from.</summary>
public sealed class IndicatorTarget
{
    public required string IndicatorCode { get; set; }

    public double Target { get; set; }

    public double? Baseline { get; set; }
}
