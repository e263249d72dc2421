namespace VcsDirectory.Api.Outcomes.Specifications.Editing;

public sealed class IndicatorTargetInput
{
    public string Indicator { get; set; } = "";

    public double Target { get; set; }

    public double? Baseline { get; set; }
}
