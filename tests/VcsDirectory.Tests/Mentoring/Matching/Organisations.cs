using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Tests.Mentoring.Matching;

/// <summary>Builds matching organisations with plain defaults, so each test states only what it is about.</summary>
internal static class Organisations
{
    public static readonly GeoPoint PooleQuay = new(50.7130, -1.9870);

    public static MatchingOrganisation Mentor(
        int id,
        SizeBand band = SizeBand.Large,
        long? income = null,
        Dictionary<int, int>? capacities = null,
        int maxMentees = 2,
        bool willing = true,
        int[]? wards = null,
        int[]? services = null,
        GeoPoint? location = null) =>
        new(id, $"Mentor {id}", band, income ?? SizeBands.LowerBound(band) * 2 + 1, location,
            (wards ?? []).ToHashSet(), (services ?? []).ToHashSet(), capacities ?? new() { [1] = 3 },
            new Dictionary<int, int>(), willing, maxMentees);

    public static MatchingOrganisation Mentee(
        int id,
        SizeBand band = SizeBand.Micro,
        long? income = null,
        Dictionary<int, int>? needs = null,
        int[]? wards = null,
        int[]? services = null,
        GeoPoint? location = null) =>
        new(id, $"Mentee {id}", band, income ?? SizeBands.LowerBound(band) + 1_000, location,
            (wards ?? []).ToHashSet(), (services ?? []).ToHashSet(), new Dictionary<int, int>(),
            needs ?? new() { [1] = 2 }, WillingToMentor: false, MaxMentees: 0);

    public static GeoPoint KmNorthOf(GeoPoint point, double km) => point with { Latitude = point.Latitude + km / 111.195 };

    public static MatchingPool Pool(IEnumerable<MatchingOrganisation> organisations, params MentoringPairing[] pairings) =>
        new(organisations, new MentoringHistory(pairings, []), MatchingWeights.Default);
}
