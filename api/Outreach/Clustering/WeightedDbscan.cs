namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>
/// DBSCAN with weights over need sites. A site is core when the families within eps of it (its own included)
/// reach the minimum; clusters are the groups of core sites linked by chains of core sites within eps of each
/// other; a non-core site within eps of a core site is a border site, and the rest are noise.
/// </summary>
/// <remarks>
/// Classic DBSCAN gives a border point reachable from two clusters to whichever cluster reaches it first, so its
/// answer depends on input order. Here a border site joins the cluster of its nearest core neighbour (ties: the
/// one with the smallest need id), which is a property of the data alone.
/// </remarks>
internal static class WeightedDbscan
{
    public const int Noise = -1;

    /// <summary>The cluster of each site (0, 1, … in order of each cluster's first core site) or <see cref="Noise"/>.</summary>
    /// <param name="withBorders">
    /// False for DBSCAN* (Campello et al. 2013): only core sites are clustered, and a non-core site is noise even
    /// within reach of a core.
    /// </param>
    public static int[] Label(IReadOnlyList<NeedSite> sites, double epsKm, long minWeight, bool withBorders = true)
    {
        var index = new SiteIndex(sites, epsKm);
        var neighbours = new List<int>();
        var isCore = CoreSites(sites, index, minWeight, neighbours);
        var labels = new int[sites.Count];
        Array.Fill(labels, Noise);

        var next = 0;
        var frontier = new Queue<int>();
        for (var seed = 0; seed < sites.Count; seed++)
        {
            if (!isCore[seed] || labels[seed] != Noise)
            {
                continue;
            }

            labels[seed] = next;
            frontier.Enqueue(seed);
            while (frontier.TryDequeue(out var site))
            {
                index.Neighbours(site, neighbours);
                foreach (var other in neighbours)
                {
                    if (isCore[other] && labels[other] == Noise)
                    {
                        labels[other] = next;
                        frontier.Enqueue(other);
                    }
                }
            }

            next++;
        }

        if (withBorders)
        {
            AttachBorderSites(index, isCore, labels, neighbours);
        }

        return labels;
    }

    /// <summary>The families within eps of each site, its own included.</summary>
    public static long[] NeighbourhoodWeights(IReadOnlyList<NeedSite> sites, SiteIndex index)
    {
        var weights = new long[sites.Count];
        var neighbours = new List<int>();
        for (var i = 0; i < sites.Count; i++)
        {
            index.Neighbours(i, neighbours);
            foreach (var other in neighbours)
            {
                weights[i] += sites[other].Weight;
            }
        }

        return weights;
    }

    private static bool[] CoreSites(IReadOnlyList<NeedSite> sites, SiteIndex index, long minWeight, List<int> neighbours)
    {
        var isCore = new bool[sites.Count];
        for (var i = 0; i < sites.Count; i++)
        {
            // A busy grid cell is core on its own: no need to look around it.
            if (sites[i].Weight >= minWeight)
            {
                isCore[i] = true;
                continue;
            }

            index.Neighbours(i, neighbours);
            long weight = 0;
            foreach (var other in neighbours)
            {
                weight += sites[other].Weight;
            }

            isCore[i] = weight >= minWeight;
        }

        return isCore;
    }

    private static void AttachBorderSites(SiteIndex index, bool[] isCore, int[] labels, List<int> neighbours)
    {
        for (var site = 0; site < labels.Length; site++)
        {
            if (isCore[site])
            {
                continue;
            }

            index.Neighbours(site, neighbours);
            var nearest = -1;
            var nearestKm = double.PositiveInfinity;
            foreach (var other in neighbours)
            {
                if (!isCore[other])
                {
                    continue;
                }

                // Sites are numbered by smallest need id, so the lower number wins a tie.
                var km = index.DistanceKm(site, other);
                if (km < nearestKm || (km == nearestKm && other < nearest))
                {
                    nearest = other;
                    nearestKm = km;
                }
            }

            if (nearest >= 0)
            {
                labels[site] = labels[nearest];
            }
        }
    }
}
