namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>Where a support plan step's help comes from.</summary>
public enum SupportStepSource
{
    /// <summary>A mentoring pairing: the step is done when the pairing ends COMPLETED.</summary>
    Mentoring,
    Training,
    CvsAdvice,
}
