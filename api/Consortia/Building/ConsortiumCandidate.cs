using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>What the consortium builder knows of one organisation: a plain snapshot, no entity.</summary>
/// <param name="Strengths">Capacity area code → strength, 1 (some) to 3 (can teach it).</param>
/// <param name="DeliveredCategories">The service category codes of its ACTIVE services only.</param>
/// <param name="WardIds">The wards it serves.</param>
public sealed record ConsortiumCandidate(
    int Id,
    string Name,
    SizeBand SizeBand,
    bool IsArchived,
    bool WillingToLead,
    bool WillingToJoin,
    IReadOnlyDictionary<string, int> Strengths,
    IReadOnlySet<string> DeliveredCategories,
    IReadOnlySet<int> WardIds,
    GeoPoint? Location);
