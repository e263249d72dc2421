namespace VcsDirectory.Api.Consortia.Building;

/// <summary>One proposed consortium for a centre.</summary>
/// <param name="Rank">1 for the best; alternatives after it are the next best member sets.</param>
/// <param name="Members">The lead first, then the members by id.</param>
/// <param name="Summary">The objective in one sentence.</param>
public sealed record ConsortiumAlternative(
    int Rank,
    int CentreId,
    ConsortiumKind Kind,
    int LeadId,
    IReadOnlyList<ConsortiumMember> Members,
    IReadOnlyList<UncoveredCategory> UncoveredCategories,
    ConsortiumObjective Objective,
    string Summary);
