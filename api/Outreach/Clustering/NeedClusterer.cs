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
    public static IReadOnlyList<DetectedCluster> Detect(IReadOnlyList<NeedPoint> needs, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(needs);
        options ??= ClusteringOptions.Default;
        options.Validate();

        var sites = NeedSite.Aggregate(needs);
        var labels = WeightedDbscan.Label(sites, options.EpsMetres / 1000, options.MinFamilies);
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

        return members.Values
            .Select(m => (Sites: m, Families: m.Sum(s => s.Weight), SmallestNeedId: m.Min(s => s.SmallestNeedId)))
            .OrderByDescending(c => c.Families).ThenBy(c => c.SmallestNeedId)
            .Select((c, i) => DetectedClusterFactory.Create(i + 1, c.Sites, options))
            .ToList();
    }
}
