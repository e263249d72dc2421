using System.Text.RegularExpressions;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Organisations;

/// <summary>
/// The rules an organisation keeps, checked on the organisation as an edit or an import leaves it (references to wards
/// and areas are checked where they are looked up). The mutations and the importer call the same rules.
/// </summary>
public static partial class OrganisationRules
{
    private static readonly string[] RealSchemes = ["GB-CHC", "GB-COH", "GB-SC", "GB-NIC", "GB-MPR", "GB-LAE"];

    /// <summary>Checks one organisation; <paramref name="path"/> prefixes every problem's path (a dataset position, or a mutation's input).</summary>
    /// <remarks>Capacities and needs are checked as far as they are loaded: an edit that does not touch them leaves them as they were.</remarks>
    public static void Check(ProblemList problems, string path, Organisation o)
    {
        problems.Text($"{path}.name", o.Name, 200, required: true);
        problems.Range($"{path}.annualIncome", o.AnnualIncome, 0, 100_000_000_000);
        problems.Range($"{path}.staffCount", o.StaffCount, 0, 1_000_000);
        problems.Range($"{path}.volunteerCount", o.VolunteerCount, 0, 1_000_000);
        problems.Text($"{path}.description", o.Description, 4000);
        problems.Url($"{path}.website", o.Website);
        problems.Email($"{path}.contactEmail", o.ContactEmail);
        problems.Text($"{path}.contactPhone", o.ContactPhone, 40);
        problems.Text($"{path}.postcodeArea", o.PostcodeArea, 8);
        problems.Text($"{path}.supportNeeded", o.SupportNeeded, 2000);
        problems.Position(path, o.Latitude, o.Longitude);
        Identifier(problems, $"{path}.identifier", o);
        for (var c = 0; c < o.Capacities.Count; c++)
        {
            problems.Range($"{path}.capacities[{c}].strength", o.Capacities[c].Strength, 1, 3);
            problems.Text($"{path}.capacities[{c}].note", o.Capacities[c].Note, 500);
        }

        for (var n = 0; n < o.Needs.Count; n++)
        {
            problems.Range($"{path}.needs[{n}].priority", o.Needs[n].Priority, 1, 3);
            problems.Text($"{path}.needs[{n}].note", o.Needs[n].Note, 500);
        }

        if (o.Willingness.ToMentor)
        {
            problems.Range($"{path}.willingness.maxMentees", o.Willingness.MaxMentees, 1, 50);
        }
        else if (o.Willingness.MaxMentees != 0)
        {
            problems.Add($"{path}.willingness.maxMentees", "INCONSISTENT", "Only an organisation willing to mentor takes mentees.");
        }
    }

    private static void Identifier(ProblemList problems, string path, Organisation o)
    {
        if (o.Identifier is null)
        {
            return;
        }

        if (!IdentifierPattern().IsMatch(o.Identifier))
        {
            problems.Add(path, "INVALID_IDENTIFIER", "Identifiers follow org-id.guide: SCHEME-PREFIX-value, e.g. GB-CHC-1234567.");
        }
        else if (o.IsSynthetic && RealSchemes.Any(s => o.Identifier.StartsWith(s + "-", StringComparison.Ordinal)))
        {
            problems.Add(path, "SYNTHETIC_WITH_REAL_IDENTIFIER", "A synthetic organisation must not carry a real register's identifier.");
        }
        else if (o.Identifier.StartsWith("GB-CHC-", StringComparison.Ordinal) && !CharityNumberPattern().IsMatch(o.Identifier))
        {
            problems.Add(path, "INVALID_IDENTIFIER", "Registered charity numbers have 6 or 7 digits.");
        }
    }

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{2,6}-[A-Za-z0-9-]{1,40}$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^GB-CHC-[0-9]{6,7}$")]
    private static partial Regex CharityNumberPattern();
}
