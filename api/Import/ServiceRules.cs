using System.Text.RegularExpressions;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Import;

/// <summary>The rules a service record must keep.</summary>
public static partial class ServiceRules
{
    /// <summary>Children's services: up to 25 years (SEND support runs to 25).</summary>
    public const int MaxAgeMonths = 25 * 12;

    public static void Check(ProblemList problems, IReadOnlyList<ServiceRecord> services, DatasetReferences references)
    {
        for (var i = 0; i < services.Count; i++)
        {
            CheckOne(problems, $"services[{i}]", services[i], references);
        }
    }

    public static void CheckOne(ProblemList problems, string path, ServiceRecord s, DatasetReferences references)
    {
        problems.Text($"{path}.key", s.Key, 100, required: true);
        problems.Text($"{path}.name", s.Name, 200, required: true);
        problems.Text($"{path}.description", s.Description, 2000);
        problems.Reference($"{path}.provider", s.Provider, references.Organisations, "organisation");
        problems.Reference($"{path}.category", s.Category, references.ServiceCategories, "service category");
        problems.Range($"{path}.minimumAgeMonths", s.MinimumAgeMonths ?? 0, 0, MaxAgeMonths);
        problems.Range($"{path}.maximumAgeMonths", s.MaximumAgeMonths ?? 0, 0, MaxAgeMonths);
        if (s.MinimumAgeMonths > s.MaximumAgeMonths)
        {
            problems.Add($"{path}.maximumAgeMonths", "INCONSISTENT", "The oldest age is below the youngest.");
        }

        if (s.IsFree && s.FeeDescription is not null)
        {
            problems.Add($"{path}.feeDescription", "INCONSISTENT", "A free service has no fee.");
        }
        else if (!s.IsFree && string.IsNullOrWhiteSpace(s.FeeDescription))
        {
            problems.Add($"{path}.feeDescription", "REQUIRED", "A service that charges says what in a sentence.");
        }

        problems.Text($"{path}.feeDescription", s.FeeDescription, 500);
        problems.Email($"{path}.contactEmail", s.ContactEmail);
        problems.Text($"{path}.contactPhone", s.ContactPhone, 40);
        if (s.DeliveryModes.Count == 0)
        {
            problems.Add($"{path}.deliveryModes", "REQUIRED", "Say how the service reaches families: in person, online or by telephone.");
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
                problems.Add($"{path}.schedule[{d}].closesAt", "INCONSISTENT", "A service closes after it opens.");
            }
        }

        problems.References($"{path}.centres", s.Centres, references.ChildrensCentres, "centre");
        problems.References($"{path}.outreachClusters", s.OutreachClusters, references.OutreachClusters, "cluster");
        problems.References($"{path}.areaWards", s.AreaWards, references.Wards, "ward");
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();
}
