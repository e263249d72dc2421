namespace VcsDirectory.Api.Organisations;

/// <summary>
/// The NCVO thresholds. The source does not say which band a boundary value falls in; the lower bound
/// is taken as inclusive (£10,000 is Small), as the reference file records.
/// </summary>
public static class SizeBands
{
    private static readonly long[] LowerBounds = [0, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    public static SizeBand FromAnnualIncome(long annualIncome)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(annualIncome);
        var band = SizeBand.Micro;
        for (var i = 0; i < LowerBounds.Length; i++)
        {
            if (annualIncome >= LowerBounds[i])
            {
                band = (SizeBand)i;
            }
        }

        return band;
    }

    public static long LowerBound(SizeBand band) => LowerBounds[(int)band];

    public static long? UpperBoundExclusive(SizeBand band) =>
        (int)band + 1 < LowerBounds.Length ? LowerBounds[(int)band + 1] : null;
}
