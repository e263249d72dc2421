using System.Text.RegularExpressions;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Engagement;

/// <summary>The rules a recorded engagement event keeps.</summary>
public static partial class EngagementEventRules
{
    public static void Check(ProblemList problems, string path, EngagementEvent e)
    {
        if (!MonthPattern().IsMatch(e.HeldIn))
        {
            problems.Add($"{path}.heldIn", ProblemCodes.InvalidMonth, "Months are written YYYY-MM.");
        }

        problems.Range($"{path}.attendees", e.Attendees ?? 0, 0, 10_000);
        problems.Text($"{path}.note", e.Note, 500);
        problems.Text($"{path}.source", e.Source, 500, required: true);
        if (e.Participants.Count == 0)
        {
            problems.Add($"{path}.participants", ProblemCodes.Required, "Name at least one group that took part.");
        }
    }

    [GeneratedRegex("^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
