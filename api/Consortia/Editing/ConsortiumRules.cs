using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.Editing;

/// <summary>What every consortium must be, whatever step left it so: named, with one lead who is a member.</summary>
public static class ConsortiumRules
{
    public const int MaxNameLength = 200;

    public static void Check(ProblemList problems, string path, Consortium consortium)
    {
        if (string.IsNullOrWhiteSpace(consortium.Name))
        {
            problems.Add($"{path}.name", ProblemCodes.Required, "A consortium needs a name.");
        }
        else if (consortium.Name.Length > MaxNameLength)
        {
            problems.Add($"{path}.name", ProblemCodes.TooLong, $"At most {MaxNameLength} characters.");
        }

        if (consortium.Members.Count(m => m.Role == ConsortiumRole.Lead && m.IsMember) != 1)
        {
            problems.Add($"{path}.leadId", ProblemCodes.Inconsistent, "A consortium has exactly one lead, who is a member.");
        }
    }
}
