using VcsDirectory.Api.Outcomes.Framework;

namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>The value of a computed indicator for a centre, by the indicator's code.</summary>
public static class IndicatorCalculator
{
    public static ComputedValue Compute(string indicatorCode, CentreRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return indicatorCode switch
        {
            IndicatorCodes.ParentRepresentatives => ParticipationIndicators.ParentRepresentatives(records.Centre),
            IndicatorCodes.AdvisoryBoard => ParticipationIndicators.AdvisoryBoard(records.Centre),
            IndicatorCodes.VolunteerOpportunities => ParticipationIndicators.VolunteerOpportunities(records.Opportunities),
            IndicatorCodes.VolunteerPlacesFilled => ParticipationIndicators.VolunteerPlacesFilled(records.Opportunities),
            IndicatorCodes.VcsShareOfServices => DeliveryIndicators.VcsShareOfServices(records.Centre, records.Services),
            IndicatorCodes.RequiredCategoriesDelivered => DeliveryIndicators.RequiredCategoriesDelivered(records.Centre, records.Services, records.Providers),
            IndicatorCodes.MentoringAndSupport => DeliveryIndicators.MentoringAndSupport(records.Centre, records.Support),
            IndicatorCodes.ClusterFamiliesCovered => ReachIndicators.ClusterFamiliesCovered(records.Centre, records.Clusters),
            _ => throw new ArgumentOutOfRangeException(nameof(indicatorCode), indicatorCode, "Not an indicator the directory computes."),
        };
    }
}
