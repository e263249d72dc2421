using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Outcomes.Specifications;

/// <summary>What a children's centre's service specification commits to for a period: indicators of the framework, each with a target and a baseline.</summary>
public sealed class ServiceSpecification : IVersioned
{
    public int Id { get; set; }

    public int CentreId { get; set; }

    public ChildrensCentre Centre { get; set; } = null!;

    public DateOnly PeriodStart { get; set; }

    /// <summary>The period's last day, inclusive.</summary>
    public DateOnly PeriodEnd { get; set; }

    public List<IndicatorTarget> Targets { get; set; } = [];

    public bool IsSynthetic { get; set; }

    public DateTime ModifiedAt { get; set; }

    public int Version { get; set; } = 1;
}
