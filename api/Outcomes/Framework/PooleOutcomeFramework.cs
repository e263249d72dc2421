using static VcsDirectory.Api.Outcomes.Framework.IndicatorBasis;
using static VcsDirectory.Api.Outcomes.Framework.IndicatorDirection;
using static VcsDirectory.Api.Outcomes.Framework.IndicatorUnit;

namespace VcsDirectory.Api.Outcomes.Framework;

/// <summary>
/// The framework the directory starts from: the DfE's 2013 core purpose of children's centres (three domains, measured by
/// recorded figures), and the seed report's engagement outcomes (four domains, measured mostly from the directory's own records).
/// </summary>
/// <remarks>The indicators under the DfE domains are the usual local measures of each part of the core purpose; the guidance names the domains, not these figures.</remarks>
public static class PooleOutcomeFramework
{
    public static OutcomeFramework Instance { get; } = new(
        "Poole children's centres outcomes framework",
        "The DfE's core purpose of children's centres (2013) with the engagement outcomes the Poole programme's partners proposed, as the programme suggested: \"an 'outcomes framework' might form the start point\".",
        [
            new("CHILD_DEVELOPMENT", "Child development and school readiness", OutcomeSources.DfeCorePurpose,
            [
                new("GOOD_LEVEL_OF_DEVELOPMENT", "Children in the reach area with a good level of development", Percent, HigherIsBetter,
                    "Share of children in the reach wards reaching a good level of development at the end of the Early Years Foundation Stage, from the council's EYFS profile return.", OutcomeSources.DfeCorePurpose, Recorded),
                new("TWO_YEAR_OLD_EARLY_EDUCATION", "Eligible two-year-olds taking up funded early education", Percent, HigherIsBetter,
                    "Share of eligible two-year-olds in the reach wards taking up a funded early education place, from the council's headcount.", OutcomeSources.DfeCorePurpose, Recorded),
            ]),
            new("PARENTING", "Parenting aspirations, self-esteem and parenting skills", OutcomeSources.DfeCorePurpose,
            [
                new("PARENTING_PROGRAMME_COMPLETIONS", "Parents completing a parenting programme", Count, HigherIsBetter,
                    "Parents completing an evidence-based parenting programme run at or by the centre in the period, from the centre's register (a count, never names).", OutcomeSources.DfeCorePurpose, Recorded),
            ]),
            new("HEALTH", "Child and family health and life chances", OutcomeSources.DfeCorePurpose,
            [
                new("BREASTFEEDING_6_8_WEEKS", "Babies breastfed at 6-8 weeks", Percent, HigherIsBetter,
                    "Share of babies in the reach wards totally or partially breastfed at the 6-8 week health visitor check, from the health visiting service.", OutcomeSources.DfeCorePurpose, Recorded),
                new("SMOKING_AT_DELIVERY", "Mothers smoking at delivery", Percent, LowerIsBetter,
                    "Share of mothers in the reach wards recorded as smokers at the time of delivery, from the maternity service.", OutcomeSources.DfeCorePurpose, Recorded),
            ]),
            new("PARENTS_IN_DECISIONS", "Parents in decision making", OutcomeSources.SeedReport,
            [
                new(IndicatorCodes.ParentRepresentatives, "Parent representatives", Count, HigherIsBetter,
                    "The centre's parent representatives, as its record gives them.", OutcomeSources.SeedReport, Computed),
                new(IndicatorCodes.AdvisoryBoard, "Advisory board in place", YesNo, HigherIsBetter,
                    "1 when the centre's record says it has an advisory board, 0 when it says it has none.", OutcomeSources.SeedReport, Computed),
            ]),
            new("VCS_IN_DELIVERY", "VCS organisations in delivery", OutcomeSources.SeedReport,
            [
                new(IndicatorCodes.VcsShareOfServices, "Share of services delivered by VCS organisations", Percent, HigherIsBetter,
                    "Active services delivered at the centre by VCS organisations, out of those services plus one in-house service for each required category none of them covers (the operator delivers it; VCS when a VCS organisation runs the centre).", OutcomeSources.SeedReport, Computed),
                new(IndicatorCodes.RequiredCategoriesDelivered, "Required categories delivered at or near the centre", Percent, HigherIsBetter,
                    "Share of the centre's required categories covered by an active service delivered at the centre, or by an organisation based within 3 km of it or serving one of its reach wards.", OutcomeSources.SeedReport, Computed),
                new(IndicatorCodes.MentoringAndSupport, "Mentoring pairings and support plans in the reach", Count, HigherIsBetter,
                    "Active mentoring pairings whose mentor or mentee serves one of the centre's reach wards, plus support plans with a step not yet done whose organisation serves one (archived organisations serve none); each pairing and each plan counted once, so a plan and a pairing carrying one of its steps count as two.", OutcomeSources.SeedReport, Computed),
            ]),
            new("VOLUNTEERING", "Opportunities for community volunteers", OutcomeSources.SeedReport,
            [
                new(IndicatorCodes.VolunteerOpportunities, "Open volunteer opportunities", Count, HigherIsBetter,
                    "Open volunteer-role opportunities at the centre or its services.", OutcomeSources.SeedReport, Computed),
                new(IndicatorCodes.VolunteerPlacesFilled, "Filled volunteer places", Count, HigherIsBetter,
                    "Places filled in the open volunteer-role opportunities at the centre or its services.", OutcomeSources.SeedReport, Computed),
            ]),
            new("REACH_INTO_NEED", "Reach into clusters of identified need", OutcomeSources.SeedReport,
            [
                new(IndicatorCodes.ClusterFamiliesCovered, "Families in need clusters covered by a provider in reach", Percent, HigherIsBetter,
                    "Of the families in detected need clusters touching the centre's reach wards, the share covered: each cluster's families weighted by its coverage score (the share of its dominant needs some provider in reach, or the nearest centre, delivers).", OutcomeSources.SeedReport, Computed),
                new("REACH_TAKE_UP", "Take-up among families in the reach area", Percent, HigherIsBetter,
                    "Share of families with children under five in the reach wards who used the centre in the period, from the centre's registration data.", OutcomeSources.SeedReport, Recorded),
            ]),
        ]);
}
