using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>A proposed plan, or the problems that stop one; exactly one of <see cref="Steps"/> or <see cref="Problems"/> is non-empty unless there is no gap.</summary>
/// <param name="Readiness">The organisation's readiness at the start.</param>
/// <param name="Steps">One per gap, due in order between the start and the target date.</param>
public sealed record SupportPlanProposal(
    int OrganisationId,
    ReadinessAim Aim,
    DateOnly Start,
    DateOnly Target,
    Readiness Readiness,
    IReadOnlyList<ProposedSupportStep> Steps,
    IReadOnlyList<Problem> Problems);
