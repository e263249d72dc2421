using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Seed.Planted;

/// <summary>
/// Needs with a known answer: <see cref="Needs"/>, and for each need (same index) the planted cluster it was drawn
/// from (1, 2, …) or <see cref="Background"/> for need spread over the whole borough.
/// </summary>
public sealed record PlantedNeeds(IReadOnlyList<NeedPoint> Needs, IReadOnlyList<int> PlantedCluster, int ClusterCount)
{
    public const int Background = 0;

    /// <summary>How well <paramref name="clusters"/> recover the planted clusters: the adjusted Rand index over every need, a need in no cluster labelled as background.</summary>
    public double AdjustedRandIndexOf(IEnumerable<DetectedCluster> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var found = new Dictionary<int, int>();
        foreach (var cluster in clusters)
        {
            foreach (var id in cluster.NeedIds)
            {
                found[id] = cluster.Number;
            }
        }

        return AdjustedRandIndex.Of(PlantedCluster, Needs.Select(n => found.GetValueOrDefault(n.Id, Background)).ToArray());
    }
}
