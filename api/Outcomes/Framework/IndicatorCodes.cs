namespace VcsDirectory.Api.Outcomes.Framework;

/// <summary>The codes of the indicators the directory computes, which the calculators answer to.</summary>
public static class IndicatorCodes
{
    public const string ParentRepresentatives = "PARENT_REPRESENTATIVES";
    public const string AdvisoryBoard = "ADVISORY_BOARD";
    public const string VcsShareOfServices = "VCS_SHARE_OF_SERVICES";
    public const string RequiredCategoriesDelivered = "REQUIRED_CATEGORIES_DELIVERED";
    public const string MentoringAndSupport = "MENTORING_AND_SUPPORT";
    public const string VolunteerOpportunities = "VOLUNTEER_OPPORTUNITIES";
    public const string VolunteerPlacesFilled = "VOLUNTEER_PLACES_FILLED";
    public const string ClusterFamiliesCovered = "CLUSTER_FAMILIES_COVERED";
}
