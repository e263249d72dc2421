using Bogus;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Services;

namespace VcsDirectory.Seed;

/// <summary>
/// Synthetic services: one per organisation and category it works in, with a plausible name, ages, a weekly schedule, and
/// for about a third a children's centre where it is delivered. It draws from its own faker so the other records stay as they were.
/// </summary>
internal sealed class ServiceGenerator(Faker faker)
{
    private static readonly Dictionary<string, (string Activity, int? Min, int? Max, DeliveryMode Extra)> Kinds = new()
    {
        ["EARLY_YEARS"] = ("Stay and play", 0, 60, DeliveryMode.InPerson),
        ["PARENTING_SUPPORT"] = ("Parenting course", null, null, DeliveryMode.Online),
        ["FAMILY_SUPPORT"] = ("Family support visits", null, 216, DeliveryMode.Telephone),
        ["HEALTH_WELLBEING"] = ("Baby clinic and breastfeeding café", 0, 24, DeliveryMode.InPerson),
        ["SPEECH_LANGUAGE"] = ("Chatter and rhyme group", 18, 60, DeliveryMode.InPerson),
        ["SEND"] = ("SEND parent support group", 0, 300, DeliveryMode.Online),
        ["ADULT_LEARNING"] = ("Skills for work for parents", null, null, DeliveryMode.Online),
        ["DEBT_WELFARE"] = ("Money and benefits advice", null, null, DeliveryMode.Telephone),
        ["DOMESTIC_ABUSE"] = ("Domestic abuse recovery programme", null, null, DeliveryMode.Telephone),
        ["MENTAL_HEALTH"] = ("Perinatal peer support", null, 24, DeliveryMode.Online),
        ["YOUTH"] = ("Youth club", 132, 216, DeliveryMode.InPerson),
        ["COMMUNITY_VOLUNTEERING"] = ("Community volunteering morning", null, null, DeliveryMode.InPerson),
    };

    private static readonly string[] OtherLanguages = ["pl", "ro", "pt", "ar"];

    public List<ServiceRecord> For(IReadOnlyList<OrganisationRecord> organisations, IReadOnlyList<ChildrensCentreRecord> centres, IReadOnlyList<OutreachClusterRecord> clusters)
    {
        var services = new List<ServiceRecord>();
        foreach (var organisation in organisations)
        {
            foreach (var code in organisation.Services)
            {
                services.Add(Next(services.Count, organisation, code, centres, clusters));
            }
        }

        return services;
    }

    private ServiceRecord Next(int index, OrganisationRecord organisation, string code, IReadOnlyList<ChildrensCentreRecord> centres, IReadOnlyList<OutreachClusterRecord> clusters)
    {
        var (activity, min, max, extra) = Kinds[code];
        var isFree = faker.Random.Float() < 0.8f;
        var host = new Uri(organisation.Website!).Host;
        var reaching = centres.Where(c => c.ReachWards.Intersect(organisation.Wards).Any()).Select(c => c.Name).ToList();
        return new ServiceRecord
        {
            Key = $"service-{index + 1:D5}",
            Provider = organisation.Key,
            Name = $"{activity} with {organisation.Name}",
            Description = $"Synthetic demo service (not a real one): {activity.ToLowerInvariant()} run by {organisation.Name} for families around {Place(organisation.Wards)}.",
            Category = code,
            Status = faker.Random.Float() < 0.95f ? ServiceStatus.Active : ServiceStatus.Inactive,
            MinimumAgeMonths = min,
            MaximumAgeMonths = max,
            IsFree = isFree,
            FeeDescription = isFree ? null : $"£{faker.Random.Int(1, 4)} a session; free for families on Universal Credit.",
            DeliveryModes = faker.Random.Float() < 0.4f && extra != DeliveryMode.InPerson ? [DeliveryMode.InPerson, extra] : [DeliveryMode.InPerson],
            Languages = faker.Random.Float() < 0.15f ? ["en", faker.PickRandom(OtherLanguages)] : ["en"],
            Schedule = Schedule(),
            ContactEmail = $"services@{host}",
            // Ofcom's range reserved for drama: never a real line.
            ContactPhone = $"01632 961{faker.Random.Int(0, 999):D3}",
            LastReviewedOn = organisation.LastReviewedOn,
            IsSynthetic = true,
            Centres = reaching.Count > 0 && faker.Random.Float() < 0.35f ? [faker.PickRandom(reaching)] : [],
            OutreachClusters = faker.Random.Float() < 0.08f ? [faker.PickRandom<OutreachClusterRecord>(clusters).Key] : [],
            AreaWards = organisation.Wards,
        };
    }

    private static string Place(IReadOnlyList<string> wardCodes) =>
        string.Join(" and ", wardCodes.Take(2).Select(code => System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(code.Replace('_', ' ').ToLowerInvariant())));

    private List<ScheduleRecord> Schedule()
    {
        var days = faker.PickRandom([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday], faker.Random.Int(1, 2));
        return days.Order().Select(day =>
        {
            var opens = new TimeOnly(9, 0).AddMinutes(30 * faker.Random.Int(0, 18));
            return new ScheduleRecord(day, opens, opens.AddMinutes(30 * faker.Random.Int(2, 6)));
        }).ToList();
    }
}
