namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>
/// Finds where identified need clusters: weighted DBSCAN over great-circle distance, where a need's weight is its
/// families affected. See <see cref="ClusteringOptions"/> for the defaults and <see cref="DetectedCluster"/> for
/// what each cluster reports. Needs in no cluster (noise) are left out.
/// </summary>
/// <remarks>
/// Deterministic: the same needs, in any order, give the same clusters with the same numbers and keys. Needs that
/// share a grid cell are clustered as one weighted site, which is exact (see <see cref="NeedSite"/>) and is what
/// makes 50,000 needs take milliseconds: the borough has a few thousand cells however many needs there are.
/// </remarks>
public static class NeedClusterer
{
    public static IReadOnlyList<DetectedCluster> Detect(IReadOnlyList<NeedPoint> needs, ClusteringOptions? options = null) =>
        Run(needs, options).Clusters;

    /// <summary>
    /// The clusters and the parameters behind them. Given a radius or a minimum (or both), this is weighted DBSCAN
    /// exactly as it always was; given neither, the radius and minimum come from <see cref="DensityProfile"/> and
    /// only core sites are clustered (DBSCAN*), so that a cluster does not grow a rim of background need.
    /// </summary>
    public static NeedClustering Run(IReadOnlyList<NeedPoint> needs, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(needs);
        options ??= ClusteringOptions.Default;
        options.Validate();

        var sites = NeedSite.Aggregate(needs);
        var (epsKm, minFamilies) = options.ChoosesFromData
            ? DensityProfile.Choose(sites)
            : ((options.EpsMetres ?? ClusteringOptions.FixedEpsMetres) / 1000, options.MinFamilies ?? ClusteringOptions.FixedMinFamilies);
        var labels = WeightedDbscan.Label(sites, epsKm, minFamilies, withBorders: !options.ChoosesFromData);
        var members = new Dictionary<int, List<NeedSite>>();
        for (var i = 0; i < sites.Count; i++)
        {
            if (labels[i] == WeightedDbscan.Noise)
            {
                continue;
            }

            if (!members.TryGetValue(labels[i], out var list))
            {
                list = [];
                members.Add(labels[i], list);
            }

            list.Add(sites[i]);
        }

        var clusters = members.Values
            .Select(m => (Sites: m, Families: m.Sum(s => s.Weight), SmallestNeedId: m.Min(s => s.SmallestNeedId)))
            .OrderByDescending(c => c.Families).ThenBy(c => c.SmallestNeedId)
            .Select((c, i) => DetectedClusterFactory.Create(i + 1, c.Sites, options))
            .ToList();
        return new NeedClustering(epsKm * 1000, (int)Math.Min(int.MaxValue, minFamilies), options.ChoosesFromData, clusters);
    }
}
