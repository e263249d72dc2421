namespace VcsDirectory.Tests.Pages;

/// <summary>First contentful paint and first useful paint, in ms from navigation.</summary>
public sealed record PaintTimes(double FirstContentfulPaint, double FirstUsefulPaint)
{
    /// <summary>
    /// A guard against gross regressions only: on loopback the pages are useful after 0.1 to 0.6 s (about 1 s for the
    /// map on a cold server), and CI runs other test collections on the same two cores meanwhile.
    /// </summary>
    public const double AtMostMs = 3000;

    public void AssertFast(string page) =>
        Assert.True(FirstUsefulPaint < AtMostMs, $"{page} took {FirstUsefulPaint:0} ms to its first useful paint (first contentful paint {FirstContentfulPaint:0} ms).");
}
