using System.ComponentModel;

namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>Where a support plan step's help comes from.</summary>
[Description("Where a support plan step's help comes from.")]
public enum SupportStepSource
{
    /// <summary>A mentoring pairing: the step is done when the pairing ends COMPLETED.</summary>
    [Description("A mentoring pairing: the step is done when its linked pairing ends COMPLETED, and the organisation's strength in the area is then raised to 2.")]
    Mentoring,

    [Description("Training, marked done by the organisation or CVS staff.")]
    Training,

    [Description("Advice from CVS staff, marked done by the organisation or CVS staff.")]
    CvsAdvice,
}
