namespace VcsDirectory.Api.Consortia.Building;

/// <summary>The borough plan: a consortium for each centre that can have one, within the per-organisation limit.</summary>
/// <param name="Consortia">By centre id.</param>
/// <param name="Objective">The lexicographic objective summed over the centres.</param>
public sealed record BoroughConsortiumPlan(
    IReadOnlyList<ConsortiumAlternative> Consortia,
    IReadOnlyList<UnformedCentre> Unformed,
    ConsortiumObjective Objective);
