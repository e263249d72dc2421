namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>How well a size gap suits mentoring, from 0 to 1, by how many NCVO bands the mentor stands above the mentee.</summary>
/// <remarks>
/// Gap 0 → 0.5, 1 → 1, 2 → 1, 3 → 0.6, 4 → 0.3, 5 → 0.1, below 0 → 0.
/// One or two bands up, the mentor remembers the mentee's stage and its advice fits. In the same band (allowed only
/// with twice the income) it is closer to peer support. Three or more bands up (a Major group mentoring a Micro one)
/// the mentor's systems and scale are far from what a volunteer-run group can use, so bigger is not better.
/// </remarks>
public static class SizeGapCurve
{
    private static readonly double[] ByGap = [0.5, 1.0, 1.0, 0.6, 0.3, 0.1];

    public static double Value(int bandGap) => bandGap < 0 ? 0 : ByGap[Math.Min(bandGap, ByGap.Length - 1)];
}
