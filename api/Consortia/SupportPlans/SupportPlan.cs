using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Consortia.SupportPlans;

/// <summary>An organisation's plan to be ready for an aim within 24 months: one step per gap, each with its source and due date.</summary>
public sealed class SupportPlan : IVersioned
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public ReadinessAim Aim { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>After the start and at most 24 months after it (<see cref="SupportPlanProposer.MaxMonths"/>).</summary>
    public DateOnly TargetDate { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Version { get; set; } = 1;

    public List<SupportStep> Steps { get; set; } = [];
}
