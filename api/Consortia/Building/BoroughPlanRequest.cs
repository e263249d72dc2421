namespace VcsDirectory.Api.Consortia.Building;

/// <summary>What to plan across the borough: one consortium of this kind for every centre that can have one.</summary>
/// <param name="MaxConsortiaPerOrganisation">No organisation in more than this many of the plan's consortia (1 by default).</param>
public sealed record BoroughPlanRequest(
    ConsortiumKind Kind,
    int MaxConsortiaPerOrganisation = 1,
    double RadiusKm = ConsortiumRequest.DefaultRadiusKm,
    double MaxSecondsPerSolve = 60)
{
    /// <summary>The same rules for one centre, as the builder reads them.</summary>
    public ConsortiumRequest ForOneCentre => new(Kind, RadiusKm, First: 1, MaxSecondsPerSolve);

    /// <summary>Throws when the limit is below 1 or the radius or time guard is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxConsortiaPerOrganisation);
        ForOneCentre.Validate();
    }
}
