using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>What the matching algorithm knows of one organisation: a plain snapshot, no entity.</summary>
/// <param name="Capacities">Capacity area id → strength, 1 (some) to 3 (can teach it).</param>
/// <param name="Needs">Capacity area id → priority, 1 (would help) to 3 (urgent).</param>
/// <param name="MaxMentees">At most this many mentees at once, counting Accepted and Active pairings.</param>
public sealed record MatchingOrganisation(
    int Id,
    string Name,
    SizeBand SizeBand,
    long AnnualIncome,
    GeoPoint? Location,
    IReadOnlySet<int> WardIds,
    IReadOnlySet<int> ServiceCategoryIds,
    IReadOnlyDictionary<int, int> Capacities,
    IReadOnlyDictionary<int, int> Needs,
    bool WillingToMentor,
    int MaxMentees);
