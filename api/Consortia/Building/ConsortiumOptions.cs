namespace VcsDirectory.Api.Consortia.Building;

/// <summary>The builder's answer for one centre.</summary>
/// <param name="CandidateCount">Organisations that may join this kind of consortium for the centre.</param>
/// <param name="Alternatives">Ranked, best first; empty when no consortium can form.</param>
/// <param name="NoConsortiumReason">Why no consortium can form, in one sentence; null when one can.</param>
public sealed record ConsortiumOptions(
    int CentreId,
    ConsortiumKind Kind,
    IReadOnlyList<string> RequiredCategories,
    int CandidateCount,
    IReadOnlyList<ConsortiumAlternative> Alternatives,
    string? NoConsortiumReason);
