using Bogus;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Seed;

/// <summary>Synthetic organisations whose capacities, needs and willingness make sense for their size.</summary>
internal sealed class OrganisationGenerator(Faker faker, IReadOnlyList<WardRecord> wards)
{
    // Small groups lack the back-office capacities; large ones are strong in exactly those.
    private static readonly string[] BackOffice = ["GOVERNANCE", "FUNDRAISING", "SAFEGUARDING", "FINANCIAL_MANAGEMENT", "OUTCOMES_MEASUREMENT", "HR"];
    private static readonly string[] Grassroots = ["VOLUNTEER_MANAGEMENT", "PARTNERSHIP_WORKING", "MARKETING", "PREMISES"];

    private readonly NameMaker _names = new(faker);

    public OrganisationRecord Next(int index)
    {
        var profile = faker.Random.WeightedRandom(SizeProfile.All.ToArray(), SizeProfile.All.Select(p => p.Share).ToArray());
        var income = (long)Math.Round(Math.Exp(faker.Random.Double(Math.Log(profile.Income.From), Math.Log(profile.Income.To))));
        var home = faker.PickRandom<WardRecord>(wards);
        var name = _names.Next(profile.Band, home.Name);
        var slug = NameMaker.Slug(name);
        var capacities = Capacities(profile);
        var mentor = faker.Random.Float() < profile.MentorShare;
        return new OrganisationRecord
        {
            Key = $"org-{index + 1:D5}",
            Name = name,
            Kind = Kind(profile.Band),
            AnnualIncome = income,
            StaffCount = faker.Random.Int(profile.Staff.Min, profile.Staff.Max),
            VolunteerCount = faker.Random.Int(profile.Volunteers.Min, profile.Volunteers.Max),
            Description = $"Synthetic demo organisation (not a real charity): a {profile.Band.ToString().ToLowerInvariant()} group based around {home.Name}.",
            Website = $"https://{slug}.example.org",
            ContactEmail = $"hello@{slug}.example.org",
            // Ofcom's range reserved for drama: never a real line.
            ContactPhone = $"01632 960{faker.Random.Int(0, 999):D3}",
            Latitude = Math.Round(home.Latitude + faker.Random.Double(-0.006, 0.006), 5),
            Longitude = Math.Round(home.Longitude + faker.Random.Double(-0.009, 0.009), 5),
            PostcodeArea = PostcodeAreas.For(home.Name),
            Wards = NearestWards(home, faker.Random.Int(profile.Wards.Min, profile.Wards.Max)),
            Services = Services(faker.Random.Int(profile.Services.Min, profile.Services.Max)),
            Capacities = capacities,
            Needs = Needs(profile, capacities),
            Willingness = new WillingnessRecord(
                ToMentor: mentor,
                MaxMentees: mentor ? faker.Random.Int(profile.Mentees.Min, profile.Mentees.Max) : 0,
                ToLeadConsortium: faker.Random.Float() < profile.LeadShare,
                ToJoinConsortium: faker.Random.Float() < 0.5f,
                ToManageCentre: profile.Band >= SizeBand.Large && faker.Random.Float() < 0.25f,
                ToAddValue: faker.Random.Float() < 0.6f),
            SupportNeeded = profile.Band <= SizeBand.Small ? "Mentoring from a larger group on governance and bids; a share of premises." : null,
            IsSynthetic = true,
            LastReviewedOn = GeneratorOptions.ReferenceDay.AddDays(-faker.Random.Int(0, 540)),
        };
    }

    // Specialist services (domestic abuse, SEND, speech and language, debt advice, mental health) are delivered by
    // few local groups, so the demo has the coverage gaps a CVS officer looks for; general family work is common.
    private static readonly string[] Specialist = ["DOMESTIC_ABUSE", "SEND", "SPEECH_LANGUAGE", "DEBT_WELFARE", "MENTAL_HEALTH"];

    private List<string> Services(int count)
    {
        // Weighted sampling without replacement: each pick draws from what is left, in proportion to its weight.
        var left = Taxonomy.ServiceCodes.Select(code => (Code: code, Weight: Specialist.Contains(code) ? 0.12 : 1.0)).ToList();
        var chosen = new List<string>();
        for (var i = 0; i < count && left.Count > 0; i++)
        {
            var target = faker.Random.Double(0, left.Sum(x => x.Weight));
            var index = 0;
            for (var sum = left[0].Weight; sum < target && index < left.Count - 1; sum += left[++index].Weight)
            {
            }

            chosen.Add(left[index].Code);
            left.RemoveAt(index);
        }

        return chosen.Order(StringComparer.Ordinal).ToList();
    }

    private List<CapacityRecord> Capacities(SizeProfile profile)
    {
        var count = faker.Random.Int(profile.Capacities.Min, profile.Capacities.Max);
        var pool = profile.Band >= SizeBand.Medium ? BackOffice.Concat(Grassroots).Concat(["DIGITAL"]) : Grassroots.Concat(["SAFEGUARDING"]);
        return faker.PickRandom(pool.Distinct().ToList(), Math.Min(count, pool.Distinct().Count()))
            .Order(StringComparer.Ordinal)
            .Select(area => new CapacityRecord(area, profile.Band switch
            {
                SizeBand.Micro => 1,
                SizeBand.Small => faker.Random.Int(1, 2),
                SizeBand.Medium => faker.Random.Int(2, 3),
                _ => BackOffice.Contains(area) ? 3 : faker.Random.Int(2, 3),
            }))
            .ToList();
    }

    private List<NeedRecord> Needs(SizeProfile profile, List<CapacityRecord> capacities)
    {
        var strong = capacities.Where(c => c.Strength >= 2).Select(c => c.Area).ToHashSet();
        var pool = (profile.Band <= SizeBand.Small ? BackOffice.Concat(["DIGITAL", "MARKETING"]) : ["DIGITAL", "MARKETING", "OUTCOMES_MEASUREMENT", "PARTNERSHIP_WORKING"])
            .Where(a => !strong.Contains(a)).Distinct().ToList();
        var count = Math.Min(faker.Random.Int(profile.Needs.Min, profile.Needs.Max), pool.Count);
        return faker.PickRandom(pool, count)
            .Order(StringComparer.Ordinal)
            .Select(area => new NeedRecord(area, profile.Band <= SizeBand.Small && BackOffice.Contains(area) ? faker.Random.Int(2, 3) : faker.Random.Int(1, 2)))
            .ToList();
    }

    private OrganisationKind Kind(SizeBand band) => band switch
    {
        SizeBand.Micro => faker.Random.WeightedRandom([OrganisationKind.CommunityGroup, OrganisationKind.FaithGroup, OrganisationKind.Charity, OrganisationKind.Cio], [0.5f, 0.2f, 0.15f, 0.15f]),
        SizeBand.Small => faker.Random.WeightedRandom([OrganisationKind.Charity, OrganisationKind.Cio, OrganisationKind.Cic, OrganisationKind.CommunityGroup, OrganisationKind.FaithGroup], [0.3f, 0.3f, 0.15f, 0.15f, 0.1f]),
        _ => faker.Random.WeightedRandom([OrganisationKind.Charity, OrganisationKind.Cio, OrganisationKind.SocialEnterprise, OrganisationKind.Cic, OrganisationKind.Mutual], [0.45f, 0.25f, 0.15f, 0.1f, 0.05f]),
    };

    private List<string> NearestWards(WardRecord home, int count) => wards
        .OrderBy(w => Math.Pow(w.Latitude - home.Latitude, 2) + Math.Pow((w.Longitude - home.Longitude) * 0.63, 2))
        .ThenBy(w => w.Code, StringComparer.Ordinal)
        .Take(count)
        .Select(w => w.Code)
        .Order(StringComparer.Ordinal)
        .ToList();
}
