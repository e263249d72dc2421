namespace VcsDirectory.Seed;

/// <summary>How much demo data to make; the same options always give the same dataset.</summary>
/// <param name="Needs">
/// The identified needs in all. Each outreach cluster holds <see cref="ClusterShare"/> of them and the rest are
/// background need round the wards, so a larger record keeps the demo's shape: at the default 264, six clusters of
/// 24 and 120 in the background; at 20,000, six of 1,818 and 9,092. Were only the background to grow, the clusters
/// would fade into it and a density-relative detector would rightly find nothing there.
/// </param>
public sealed record GeneratorOptions(int Organisations = 150, int Needs = 264, int Seed = 2013)
{
    /// <summary>The demo's 24 needs a cluster out of 264.</summary>
    public const double ClusterShare = 24.0 / 264;

    /// <summary>Records are dated relative to this day, never to the clock, so output is byte-for-byte stable.</summary>
    public static DateOnly ReferenceDay { get; } = new(2026, 9, 1);

    public int NeedsPerCluster => (int)Math.Round(Needs * ClusterShare);
}
