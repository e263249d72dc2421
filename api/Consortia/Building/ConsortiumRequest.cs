namespace VcsDirectory.Api.Consortia.Building;

/// <summary>What to build for one centre.</summary>
/// <param name="RadiusKm">How far from a located centre an organisation still counts as local (3 km by default).</param>
/// <param name="First">How many ranked alternatives (3 by default).</param>
/// <param name="MaxSecondsPerSolve">A guard against a pathological instance; reaching it is an error, never a worse answer.</param>
public sealed record ConsortiumRequest(ConsortiumKind Kind, double RadiusKm = ConsortiumRequest.DefaultRadiusKm, int First = 3, double MaxSecondsPerSolve = 30)
{
    public const double DefaultRadiusKm = 3;

    /// <summary>Throws when the radius is negative or not finite, First is negative, or the time guard is not positive.</summary>
    public void Validate()
    {
        if (!double.IsFinite(RadiusKm) || RadiusKm < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(RadiusKm), RadiusKm, "RadiusKm must be a finite number of 0 or more.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(First);
        if (!double.IsFinite(MaxSecondsPerSolve) || MaxSecondsPerSolve <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSecondsPerSolve), MaxSecondsPerSolve, "MaxSecondsPerSolve must be positive.");
        }
    }
}
