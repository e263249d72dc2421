using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>
/// For a cluster of need: the nearest children's centre, the organisations within reach that deliver what it
/// needs, and the categories nobody within reach delivers (the gaps). Built once over the borough's centres and
/// organisations, then asked about any number of clusters.
/// </summary>
public sealed class CoverageAnalyzer
{
    /// <summary>About a 10-minute drive or a bus ride across Poole: what a family can be asked to travel.</summary>
    public const double DefaultRadiusKm = 3;

    private readonly CentrePoint[] centres;
    private readonly ProviderPoint[] providers;

    public CoverageAnalyzer(IEnumerable<CentrePoint> centres, IEnumerable<ProviderPoint> providers)
    {
        ArgumentNullException.ThrowIfNull(centres);
        ArgumentNullException.ThrowIfNull(providers);
        this.centres = centres.Where(c => c.Location is not null).OrderBy(c => c.Id).ToArray();
        this.providers = providers.OrderBy(p => p.OrganisationId).ToArray();
    }

    public ClusterCoverage Analyze(DetectedCluster cluster, double radiusKm = DefaultRadiusKm) => Analyze(ClusterDemand.From(cluster), radiusKm);

    public ClusterCoverage Analyze(ClusterDemand demand, double radiusKm = DefaultRadiusKm)
    {
        ArgumentNullException.ThrowIfNull(demand);
        if (!double.IsFinite(radiusKm) || radiusKm < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusKm), radiusKm, "The radius must be a non-negative number of km.");
        }

        var nearest = Nearest(demand, radiusKm);
        var inReach = providers.Select(p => Reach(p, demand, radiusKm)).OfType<ProviderInReach>()
            .OrderBy(r => r.DistanceKm ?? double.PositiveInfinity).ThenBy(r => r.Provider.OrganisationId)
            .ToList();
        var categories = demand.Categories.Select(c => new CategoryCoverage(
            c.ServiceCategoryId,
            c.Share,
            inReach.Where(r => r.ServiceCategoryIds.Contains(c.ServiceCategoryId)).Select(r => r.Provider.OrganisationId).ToList(),
            nearest is { IsWithinRadius: true } && nearest.Centre.ServiceCategoryIds.Contains(c.ServiceCategoryId))).ToList();
        return new ClusterCoverage(radiusKm, nearest, inReach, categories, categories.Where(c => c.IsGap).Select(c => c.ServiceCategoryId).ToList(), Score(categories));
    }

    private NearestCentre? Nearest(ClusterDemand demand, double radiusKm)
    {
        // Centres are in id order, so the first of equally near centres is the one with the smaller id.
        var nearest = centres.Select(c => (Centre: c, Km: demand.Centroid.DistanceKmTo(c.Location!.Value)))
            .OrderBy(c => c.Km).FirstOrDefault();
        return nearest.Centre is null ? null : new NearestCentre(nearest.Centre, nearest.Km, nearest.Km <= radiusKm);
    }

    private static ProviderInReach? Reach(ProviderPoint provider, ClusterDemand demand, double radiusKm)
    {
        var delivered = demand.Categories.Select(c => c.ServiceCategoryId).Where(provider.ServiceCategoryIds.Contains).ToList();
        if (delivered.Count == 0)
        {
            return null;
        }

        double? km = provider.Location is { } at ? demand.Centroid.DistanceKmTo(at) : null;
        var basis = (km <= radiusKm ? ReachBasis.WithinRadius : ReachBasis.None) |
                    (provider.WardIds.Overlaps(demand.WardIds) ? ReachBasis.ServesClusterWard : ReachBasis.None);
        return basis == ReachBasis.None ? null : new ProviderInReach(provider, km, basis, delivered);
    }

    private static double Score(List<CategoryCoverage> categories)
    {
        if (categories.Count == 0)
        {
            return 1;
        }

        // Shares are all zero only when every need has zero families: then every category counts alike.
        var total = categories.Sum(c => c.Share);
        return total > 0
            ? categories.Where(c => !c.IsGap).Sum(c => c.Share) / total
            : (double)categories.Count(c => !c.IsGap) / categories.Count;
    }
}
