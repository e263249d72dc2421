namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>
/// Chooses DBSCAN's radius and minimum from the needs themselves, so that what counts as a cluster keeps its
/// meaning as the record grows: a place is a cluster when it holds several times the need that evenly spread
/// need would put there, and more than chance would.
/// </summary>
/// <remarks>
/// <para>The background rate λ is families per km² over the area the needs cover (their convex hull). The radius
/// is the background's own k-distance: the radius of the disc in which evenly spread need would hold
/// <see cref="BackgroundFamiliesInReach"/> families, kept between the need grid's nearest neighbours
/// (<see cref="MinimumEpsKm"/>: 260 m reaches the cells north, south, east and west) and a walk of 500 m
/// (<see cref="MaximumEpsKm"/>: wider, sparse need in neighbouring estates is joined into one). The minimum is
/// the larger of <see cref="Contrast"/> times the background families μ expected in that disc and μ + z·σ, σ
/// being the spread of a compound Poisson count of families (σ² = μ·Σw²/Σw over the needs' families w), and never
/// less than the fixed minimum, the families of one outreach session: in a sparse record a single large need is
/// more than chance, but not a place to run a session.</para>
/// <para>Why this and not HDBSCAN: the answer stays one radius and one minimum, which the API reports and a user
/// can pass back to get exactly the same clusters, and which the existing DBSCAN (proved equal to a brute-force
/// one) runs in milliseconds. The constants were chosen on planted clusters (<c>seed/Planted</c>); the contrast of
/// 4 keeps a cluster's edge cells, half planted and half background, out at every density.</para>
/// <para>λ is estimated twice: the second time without the families of the sites the first guess made core, so
/// that the clusters themselves do not raise the background they are measured against.</para>
/// </remarks>
internal static class DensityProfile
{
    public const double BackgroundFamiliesInReach = 12;
    public const double MinimumEpsKm = 0.26;
    public const double MaximumEpsKm = 0.50;
    public const double Contrast = 4;
    public const double ZScore = 3;

    public static (double EpsKm, long MinFamilies) Choose(IReadOnlyList<NeedSite> sites)
    {
        if (sites.Count == 0)
        {
            return (MaximumEpsKm, ClusteringOptions.FixedMinFamilies);
        }

        var families = sites.Sum(s => (double)s.Weight);
        var squares = sites.Sum(s => s.Needs.Sum(n => (double)n.FamiliesAffected * n.FamiliesAffected));
        var dispersion = families > 0 ? squares / families : 1;
        var areaKm2 = ClusterHull.Around(sites.Select(s => s.Location).ToArray()).AreaKm2;
        var background = families / areaKm2;
        var epsKm = Math.Clamp(Math.Sqrt(BackgroundFamiliesInReach / (Math.PI * background)), MinimumEpsKm, MaximumEpsKm);
        var minimum = Minimum(background, epsKm, dispersion);
        var weights = WeightedDbscan.NeighbourhoodWeights(sites, new SiteIndex(sites, epsKm));
        var coreFamilies = sites.Where((s, i) => weights[i] >= minimum).Sum(s => (double)s.Weight);
        return (epsKm, Minimum((families - coreFamilies) / areaKm2, epsKm, dispersion));
    }

    private static long Minimum(double background, double epsKm, double dispersion)
    {
        var expected = background * Math.PI * epsKm * epsKm;
        var chance = expected + (ZScore * Math.Sqrt(expected * dispersion));
        return Math.Max(ClusteringOptions.FixedMinFamilies, (long)Math.Ceiling(Math.Max(Contrast * expected, chance)));
    }
}
