using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Seed.Planted;

/// <summary>
/// Needs with a known answer: <see cref="Needs"/>, and for each need (same index) the planted cluster it was drawn
/// from (1, 2, …) or <see cref="Background"/> for need spread over the whole borough.
/// </summary>
public sealed record PlantedNeeds(IReadOnlyList<NeedPoint> Needs, IReadOnlyList<int> PlantedCluster, int ClusterCount)
{
    public const int Background = 0;

    /// <summary>
    /// The needs of a dataset as the clusterer sees them once imported (ids from 1 in file order, positions snapped
    /// to the need grid), each planted in its outreach cluster (numbered in file order) or the background.
    /// </summary>
    /// <remarks>
    /// The unit is the grid cell, as <see cref="PlantedNeedGenerator"/>'s is the disc: a background need stored in
    /// a cell that holds a cluster's needs is planted in that cluster, as nothing stored could tell them apart (a
    /// cell shared by two clusters is the one with more needs there, ties the first). Counted by their keys alone,
    /// the demo generator's clusters lose the ward background in their cells, about a tenth of each.
    /// </remarks>
    public static PlantedNeeds Of(DirectoryDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var clusters = dataset.OutreachClusters.Select((c, i) => (c.Key, Number: i + 1)).ToDictionary(c => c.Key, c => c.Number);
        var categories = dataset.ServiceCategories.Select((c, i) => (c.Code, Id: i + 1)).ToDictionary(c => c.Code, c => c.Id);
        var needs = dataset.IdentifiedNeeds.Select((n, i) => new NeedPoint(
            i + 1, new GeoPoint(NeedGrid.Snap(n.Latitude), NeedGrid.Snap(n.Longitude)), categories[n.Service], n.FamiliesAffected, n.Severity, null)).ToArray();
        var cells = needs.Zip(dataset.IdentifiedNeeds)
            .Where(x => x.Second.Cluster is not null)
            .GroupBy(x => x.First.Location, x => clusters[x.Second.Cluster!])
            .ToDictionary(cell => cell.Key, cell => cell.GroupBy(c => c).OrderByDescending(c => c.Count()).ThenBy(c => c.Key).First().Key);
        return new PlantedNeeds(needs, needs.Select(n => cells.GetValueOrDefault(n.Location, Background)).ToArray(), clusters.Count);
    }

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
