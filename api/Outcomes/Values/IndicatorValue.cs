using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Outcomes.Values;

/// <summary>A recorded indicator's value for a centre on a day: a figure about the centre, never about a family or a person. Kept, never changed.</summary>
public sealed class IndicatorValue : IVersioned
{
    public int Id { get; set; }

    public int CentreId { get; set; }

    public ChildrensCentre Centre { get; set; } = null!;

    public required string IndicatorCode { get; set; }

    public double Value { get; set; }

    /// <summary>The day the value describes.</summary>
    public DateOnly On { get; set; }

    public string? Note { get; set; }

    public bool IsSynthetic { get; set; }

    public DateTime RecordedAt { get; set; }

    public int Version { get; set; } = 1;
}
