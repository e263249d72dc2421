using VcsDirectory.Api.Outcomes.Participation;

namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>Parents in decisions and volunteers' opportunities, from the centre's record and its participation opportunities.</summary>
public static class ParticipationIndicators
{
    public static ComputedValue ParentRepresentatives(CentreFacts centre) =>
        centre.ParentRepresentativeCount is { } count
            ? new(count, $"The centre's record gives {count} parent representative{(count == 1 ? "" : "s")}.")
            : ComputedValue.None("The centre's record does not give its parent representatives.");

    public static ComputedValue AdvisoryBoard(CentreFacts centre) => centre.HasAdvisoryBoard switch
    {
        true => new(1, "The centre's record says it has an advisory board."),
        false => new(0, "The centre's record says it has no advisory board."),
        null => ComputedValue.None("The centre's record does not say whether it has an advisory board."),
    };

    public static ComputedValue VolunteerOpportunities(IReadOnlyList<OpportunityFacts> opportunities)
    {
        var open = OpenVolunteerRoles(opportunities);
        return new(open.Count, $"{open.Count} open volunteer opportunit{(open.Count == 1 ? "y" : "ies")} at the centre or its services.");
    }

    public static ComputedValue VolunteerPlacesFilled(IReadOnlyList<OpportunityFacts> opportunities)
    {
        var open = OpenVolunteerRoles(opportunities);
        var filled = open.Sum(o => o.PlacesFilled);
        return new(filled, $"{filled} of {open.Sum(o => o.Places)} places filled in {open.Count} open volunteer opportunit{(open.Count == 1 ? "y" : "ies")}.");
    }

    private static List<OpportunityFacts> OpenVolunteerRoles(IReadOnlyList<OpportunityFacts> opportunities) =>
        opportunities.Where(o => o.IsOpen && o.Kind == ParticipationKind.VolunteerRole).ToList();
}
