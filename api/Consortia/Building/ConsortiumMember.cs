namespace VcsDirectory.Api.Consortia.Building;

/// <summary>One organisation in a proposed consortium.</summary>
/// <param name="CoveredCategories">The centre's required categories it delivers.</param>
/// <param name="Qualifications">Why it may take part, one sentence per rule it meets.</param>
/// <param name="Choice">Why the builder chose it, in one sentence.</param>
public sealed record ConsortiumMember(
    int OrganisationId,
    string Name,
    ConsortiumRole Role,
    IReadOnlyList<string> CoveredCategories,
    IReadOnlyList<string> Qualifications,
    string Choice);
