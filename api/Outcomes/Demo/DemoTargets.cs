using VcsDirectory.Api.Outcomes.Framework;

namespace VcsDirectory.Api.Outcomes.Demo;

/// <summary>The demo's synthetic targets and baselines per indicator: plausible for a Poole centre, not anyone's real commitments.</summary>
internal static class DemoTargets
{
    public static readonly IReadOnlyDictionary<string, (double Target, double? Baseline)> ByIndicator = new Dictionary<string, (double, double?)>
    {
        ["GOOD_LEVEL_OF_DEVELOPMENT"] = (68, 62),
        ["TWO_YEAR_OLD_EARLY_EDUCATION"] = (80, 72),
        ["PARENTING_PROGRAMME_COMPLETIONS"] = (30, 22),
        ["BREASTFEEDING_6_8_WEEKS"] = (50, 44),
        ["SMOKING_AT_DELIVERY"] = (10, 13),
        ["REACH_TAKE_UP"] = (75, 65),
        [IndicatorCodes.ParentRepresentatives] = (4, 2),
        [IndicatorCodes.AdvisoryBoard] = (1, 0),
        [IndicatorCodes.VcsShareOfServices] = (50, 35),
        [IndicatorCodes.RequiredCategoriesDelivered] = (90, 80),
        [IndicatorCodes.MentoringAndSupport] = (2, 0),
        [IndicatorCodes.VolunteerOpportunities] = (3, 1),
        [IndicatorCodes.VolunteerPlacesFilled] = (8, 4),
        [IndicatorCodes.ClusterFamiliesCovered] = (75, 60),
    };
}
