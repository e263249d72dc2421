using VcsDirectory.Api.Consortia.Readiness;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public sealed class CreateSupportPlanInput
{
    public string OrganisationId { get; set; } = "";

    public ReadinessAim Aim { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly TargetDate { get; set; }
}
