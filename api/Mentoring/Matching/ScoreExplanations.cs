using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>The one-sentence explanations a coordinator reads beside each score component.</summary>
internal static class ScoreExplanations
{
    public static string NeedCoverage(int covered, int needs, double raw) => needs == 0
        ? "The mentee has recorded no needs."
        : $"Strong (2 or more) in {covered} of the mentee's {needs} needs; weighted by priority it covers {raw:P0}.";

    public static string SharedServices(int shared, int all) => all == 0
        ? "Neither organisation lists a service category."
        : $"They share {shared} of the {all} service categories either of them offers.";

    public static string Locality(bool sharesWard, double? distanceKm) => (sharesWard, distanceKm) switch
    {
        (true, { } km) => $"They work in a shared ward and are {km:0.0} km apart.",
        (true, null) => "They work in a shared ward (no location recorded to measure distance).",
        (false, { } km) => $"No shared ward; they are {km:0.0} km apart.",
        (false, null) => "No shared ward, and no location recorded to measure distance.",
    };

    public static string SizeGap(SizeBand mentor, SizeBand mentee)
    {
        var gap = (int)mentor - (int)mentee;
        return gap switch
        {
            < 0 => $"The mentor ({mentor}) is in a smaller size band than the mentee ({mentee}).",
            0 => $"Same size band ({mentor}) with at least twice the income: closer to peer support.",
            <= 2 => $"A {mentor} mentor for a {mentee} mentee: {gap} band(s) apart, the gap that works best.",
            _ => $"A {mentor} mentor for a {mentee} mentee: {gap} bands apart, too different in scale to fit well.",
        };
    }
}
