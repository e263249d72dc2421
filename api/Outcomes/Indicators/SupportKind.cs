namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>The kinds of support between organisations the mentoring indicator counts.</summary>
/// <remarks>Support plans are recorded on another branch; when they land, their loader adds <c>SupportPlan</c> rows here and the calculator counts them unchanged.</remarks>
public enum SupportKind
{
    MentoringPairing,
}
