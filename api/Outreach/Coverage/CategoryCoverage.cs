namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>
/// One category a cluster needs, and who within reach delivers it. It is a gap when no organisation within reach
/// delivers it and the nearest centre, if within the radius, does not offer it either.
/// </summary>
public sealed record CategoryCoverage(int ServiceCategoryId, double Share, IReadOnlyList<int> OrganisationIds, bool OfferedByNearestCentre)
{
    public bool IsGap => OrganisationIds.Count == 0 && !OfferedByNearestCentre;
}
