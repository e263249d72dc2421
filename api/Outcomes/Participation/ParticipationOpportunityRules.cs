using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outcomes.Participation;

/// <summary>The rules an opportunity keeps: said what it is and how to take part, and no more places filled than it has.</summary>
public static class ParticipationOpportunityRules
{
    public static void Check(ProblemList problems, string path, ParticipationOpportunity o)
    {
        problems.Text($"{path}.description", o.Description, 1000, required: true);
        problems.Text($"{path}.howToTakePart", o.HowToTakePart, 1000, required: true);
        problems.Range($"{path}.places", o.Places, 0, 1000);
        problems.Range($"{path}.placesFilled", o.PlacesFilled, 0, Math.Max(0, o.Places));
    }
}
