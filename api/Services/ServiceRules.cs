using System.Text.RegularExpressions;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Services;

/// <summary>The rules a service keeps, whether it comes from an import or an edit.</summary>
public static partial class ServiceRules
{
    /// <summary>Children's services: up to 25 years (SEND support runs to 25).</summary>
    public const int MaxAgeMonths = 25 * 12;

    public static void Check(ProblemList problems, string path, Service s)
    {
        problems.Text($"{path}.name", s.Name, 200, required: true);
        problems.Text($"{path}.description", s.Description, 2000);
        problems.Range($"{path}.minimumAgeMonths", s.MinimumAgeMonths ?? 0, 0, MaxAgeMonths);
        problems.Range($"{path}.maximumAgeMonths", s.MaximumAgeMonths ?? 0, 0, MaxAgeMonths);
        if (s.MinimumAgeMonths > s.MaximumAgeMonths)
        {
            problems.Add($"{path}.maximumAgeMonths", ProblemCodes.Inconsistent, "The oldest age is below the youngest.");
        }

        if (s.IsFree && s.FeeDescription is not null)
        {
            problems.Add($"{path}.feeDescription", ProblemCodes.Inconsistent, "A free service has no fee.");
        }
        else if (!s.IsFree && string.IsNullOrWhiteSpace(s.FeeDescription))
        {
            problems.Add($"{path}.feeDescription", ProblemCodes.Required, "A service that charges says what in a sentence.");
        }

        problems.Text($"{path}.feeDescription", s.FeeDescription, 500);
        problems.Email($"{path}.contactEmail", s.ContactEmail);
        problems.Text($"{path}.contactPhone", s.ContactPhone, 40);
        if (s.DeliveryModes.Count == 0)
        {
            problems.Add($"{path}.deliveryModes", ProblemCodes.Required, "Say how the service reaches families: in person, online or by telephone.");
        }

        for (var l = 0; l < s.Languages.Count; l++)
        {
            if (!LanguagePattern().IsMatch(s.Languages[l]))
            {
                problems.Add($"{path}.languages[{l}]", ProblemCodes.InvalidLanguage, "Languages are BCP 47 tags such as en, pl or pt-BR.");
            }
        }

        for (var d = 0; d < s.Schedule.Count; d++)
        {
            if (s.Schedule[d].ClosesAt <= s.Schedule[d].OpensAt)
            {
                problems.Add($"{path}.schedule[{d}].closesAt", ProblemCodes.Inconsistent, "A service closes after it opens.");
            }
        }
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();
}
