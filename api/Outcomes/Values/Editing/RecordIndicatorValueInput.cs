namespace VcsDirectory.Api.Outcomes.Values.Editing;

public sealed class RecordIndicatorValueInput
{
    public string CentreId { get; set; } = "";

    public string Indicator { get; set; } = "";

    public double Value { get; set; }

    public DateOnly On { get; set; }

    public string? Note { get; set; }

    public bool? IsSynthetic { get; set; }
}
