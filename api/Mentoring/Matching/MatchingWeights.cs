namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>How much each part of a match counts. The defaults sum to 1, so a total runs from 0 to 1.</summary>
/// <remarks>
/// Bound from configuration section <see cref="SectionName"/> through IOptions; <see cref="Validate"/> runs at start-up.
/// Defaults: need coverage 0.50 (the point of mentoring: the mentor can teach what the mentee lacks),
/// locality 0.20 (the programme found that a local focus is what engaged groups), size gap 0.15,
/// shared services 0.15 (a mentor doing similar work understands the mentee's setting);
/// distance decays as exp(−d / 5 km), about one ward away keeps half its weight.
/// </remarks>
public sealed record MatchingWeights
{
    public const string SectionName = "Mentoring:Matching";

    public static MatchingWeights Default { get; } = new();

    public double NeedCoverage { get; init; } = 0.50;

    public double SharedServices { get; init; } = 0.15;

    public double Locality { get; init; } = 0.20;

    public double SizeGap { get; init; } = 0.15;

    /// <summary>The distance (km) at which the distance part of locality falls to 1/e.</summary>
    public double DistanceScaleKm { get; init; } = 5;

    /// <summary>Throws when a weight is negative or not finite, or the distance scale is not positive.</summary>
    public void Validate()
    {
        double[] weights = [NeedCoverage, SharedServices, Locality, SizeGap];
        if (weights.Any(w => !double.IsFinite(w) || w < 0))
        {
            throw new InvalidOperationException($"{SectionName}: every weight must be a finite number of 0 or more.");
        }

        if (!double.IsFinite(DistanceScaleKm) || DistanceScaleKm <= 0)
        {
            throw new InvalidOperationException($"{SectionName}: DistanceScaleKm must be a positive number.");
        }
    }
}
