using Bogus;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Import;

namespace VcsDirectory.Seed;

/// <summary>The real centres with synthetic operational figures, and synthetic clusters of identified need.</summary>
internal sealed class PlaceGenerator(Faker faker, IReadOnlyList<WardRecord> wards)
{
    /// <summary>Where a planner would expect need to cluster in Poole's demo: estates and town-centre wards, each with its dominant needs.</summary>
    private static readonly (string Key, string Name, string Ward, double DLat, double DLon, string[] Dominant, string Site)[] Clusters =
    [
        ("turlin-moor", "Turlin Moor families", "Hamworthy West", -0.004, 0.002, ["PARENTING_SUPPORT", "SPEECH_LANGUAGE", "DEBT_WELFARE"], "Community hall"),
        ("old-town", "Old Town and Quay", "Poole Town", 0.002, 0.004, ["DOMESTIC_ABUSE", "MENTAL_HEALTH", "FAMILY_SUPPORT"], "Library"),
        ("alderney-estate", "Alderney estate", "Alderney", 0.003, -0.003, ["EARLY_YEARS", "PARENTING_SUPPORT", "ADULT_LEARNING"], "Primary school"),
        ("canford-heath-north", "Canford Heath north", "Canford Heath West", 0.004, 0.003, ["SEND", "SPEECH_LANGUAGE", "HEALTH_WELLBEING"], "Shopping centre unit"),
        ("branksome-west", "Branksome West", "Branksome West", -0.002, -0.002, ["DEBT_WELFARE", "FAMILY_SUPPORT", "MENTAL_HEALTH"], "Church hall"),
        ("newtown-heatherlands", "Newtown and Heatherlands", "Newtown", -0.003, 0.004, ["EARLY_YEARS", "HEALTH_WELLBEING", "ADULT_LEARNING"], "Community centre"),
    ];

    private static readonly string[] Sources = ["Health visiting team", "School family support worker", "Children's centre staff", "GP practice", "Housing officer", "Self-referral"];

    public List<ChildrensCentreRecord> Centres(ReferenceBlock<ReferenceCentre> centres, IReadOnlyList<string> operatorKeys)
    {
        var byName = wards.ToDictionary(w => w.Name);
        return centres.Items.Select((c, i) =>
        {
            var ward = c.WardInferred is null ? null : byName[c.WardInferred];
            return new ChildrensCentreRecord
            {
                Name = c.Name,
                Status2013 = c.Status2013,
                Ward = ward?.Code,
                WardIsInferred = ward is not null,
                Latitude = ward?.Latitude,
                Longitude = ward?.Longitude,
                LocationPrecision = ward is null ? LocationPrecision.Unknown : LocationPrecision.Approximate,
                Operator = i < operatorKeys.Count ? operatorKeys[i] : null,
                VolunteerCount = faker.Random.Int(3, 20),
                ParentRepresentativeCount = faker.Random.Int(1, 6),
                HasAdvisoryBoard = faker.Random.Float() < 0.75f,
                ReachWards = ward is null ? [] : Nearest(ward.Latitude, ward.Longitude, faker.Random.Int(2, 3)),
                Services = ["EARLY_YEARS", "FAMILY_SUPPORT", "HEALTH_WELLBEING", "PARENTING_SUPPORT", .. faker.PickRandom(["SPEECH_LANGUAGE", "SEND", "ADULT_LEARNING", "MENTAL_HEALTH"], 2).Order(StringComparer.Ordinal)],
                IsSynthetic = false,
                OperationalFiguresAreSynthetic = true,
                Source = centres.Source,
            };
        }).ToList();
    }

    public (List<OutreachClusterRecord> Clusters, List<IdentifiedNeedRecord> Needs) Needs(GeneratorOptions options, IReadOnlyList<ChildrensCentreRecord> centres)
    {
        var byName = wards.ToDictionary(w => w.Name);
        var clusters = new List<OutreachClusterRecord>();
        var needs = new List<IdentifiedNeedRecord>();
        foreach (var (key, name, wardName, dLat, dLon, dominant, site) in Clusters)
        {
            var ward = byName[wardName];
            double lat = Math.Round(ward.Latitude + dLat, 5), lon = Math.Round(ward.Longitude + dLon, 5);
            clusters.Add(new OutreachClusterRecord
            {
                Key = key, Name = name, CentroidLatitude = lat, CentroidLongitude = lon, OutreachSite = $"{site} (synthetic)",
                Description = $"Synthetic demo cluster: need concentrated around {wardName}, mostly {string.Join(", ", dominant).ToLowerInvariant().Replace('_', ' ')}.",
                ChildrensCentre = centres.Where(c => c.Latitude is not null)
                    .MinBy(c => Math.Pow(c.Latitude!.Value - lat, 2) + Math.Pow((c.Longitude!.Value - lon) * 0.63, 2))?.Name,
                Wards = Nearest(lat, lon, 2), IsSynthetic = true,
            });
            for (var i = 0; i < options.NeedsPerCluster; i++)
            {
                var service = faker.Random.Float() < 0.75f ? faker.PickRandom<string>(dominant) : faker.PickRandom<string>(Taxonomy.ServiceCodes);
                needs.Add(Need(key, service, lat, lon, spreadDegrees: 0.004, severe: true));
            }
        }

        var background = options.Needs - needs.Count;
        for (var i = 0; i < background; i++)
        {
            var ward = faker.PickRandom<WardRecord>(wards);
            needs.Add(Need(null, faker.PickRandom<string>(Taxonomy.ServiceCodes), ward.Latitude, ward.Longitude, spreadDegrees: 0.012, severe: false));
        }

        return (clusters, needs);
    }

    private IdentifiedNeedRecord Need(string? cluster, string service, double lat, double lon, double spreadDegrees, bool severe)
    {
        // A rough normal spread around the place (sum of uniforms), so clusters are dense in the middle.
        double Jitter() => (faker.Random.Double(-1, 1) + faker.Random.Double(-1, 1) + faker.Random.Double(-1, 1)) / 3 * spreadDegrees;
        double nLat = lat + Jitter(), nLon = lon + (Jitter() * 1.6);
        return new IdentifiedNeedRecord
        {
            Cluster = cluster, Service = service, FamiliesAffected = faker.Random.Int(1, severe ? 12 : 4),
            Severity = severe ? faker.Random.WeightedRandom([1, 2, 3], [0.3f, 0.45f, 0.25f]) : faker.Random.WeightedRandom([1, 2, 3], [0.6f, 0.3f, 0.1f]),
            Source = faker.PickRandom(Sources), RecordedOn = GeneratorOptions.ReferenceDay.AddDays(-faker.Random.Int(0, 365)),
            Latitude = Math.Round(nLat, 5), Longitude = Math.Round(nLon, 5), Ward = Nearest(nLat, nLon, 1)[0], IsSynthetic = true,
        };
    }

    private List<string> Nearest(double lat, double lon, int count) => wards
        .OrderBy(w => Math.Pow(w.Latitude - lat, 2) + Math.Pow((w.Longitude - lon) * 0.63, 2))
        .ThenBy(w => w.Code, StringComparer.Ordinal)
        .Take(count)
        .Select(w => w.Code)
        .ToList();
}
