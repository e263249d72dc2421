using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>What the consortium builder knows of a children's centre: a plain snapshot, no entity.</summary>
/// <param name="RequiredCategories">The service category codes a consortium for this centre should cover.</param>
/// <param name="ReachWardIds">The wards the centre reaches.</param>
/// <param name="Location">Null when unknown (Ted Webster): then only reach wards make an organisation local.</param>
public sealed record ConsortiumCentre(
    int Id,
    string Name,
    IReadOnlySet<string> RequiredCategories,
    IReadOnlySet<int> ReachWardIds,
    GeoPoint? Location);
