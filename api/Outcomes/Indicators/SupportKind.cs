namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>The kinds of support between organisations the mentoring-and-support indicator counts.</summary>
public enum SupportKind
{
    /// <summary>An active mentoring pairing: two sides, the mentor and the mentee.</summary>
    MentoringPairing,

    /// <summary>A support plan with a step not yet done: one side, the organisation getting ready.</summary>
    SupportPlan,
}
