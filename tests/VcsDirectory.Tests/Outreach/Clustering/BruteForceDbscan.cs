using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Tests.Outreach.Clustering;

/// <summary>
/// Weighted DBSCAN written the slow, obvious way (every pair, every need, no index, no grid cells pooled) as the
/// oracle the clusterer must agree with. Same definitions: a neighbour is within eps inclusive, a border need joins
/// its nearest core need's cluster (ties: the smaller need id), clusters ranked by families then smallest need id.
/// </summary>
internal static class BruteForceDbscan
{
    public static bool[] CoreFlags(IReadOnlyList<NeedPoint> needs, double epsMetres, int minFamilies) =>
        needs.Select(n => needs.Where(m => IsNeighbour(n, m, epsMetres)).Sum(m => m.FamiliesAffected) >= minFamilies).ToArray();

    public static bool IsNeighbour(NeedPoint a, NeedPoint b, double epsMetres) => a.Location.DistanceKmTo(b.Location) <= epsMetres / 1000;

    /// <summary>The clusters as sorted need ids, in rank order.</summary>
    public static List<int[]> Clusters(IReadOnlyList<NeedPoint> needs, double epsMetres, int minFamilies)
    {
        var core = CoreFlags(needs, epsMetres, minFamilies);
        var label = Enumerable.Repeat(-1, needs.Count).ToArray();
        var next = 0;
        for (var i = 0; i < needs.Count; i++)
        {
            if (!core[i] || label[i] >= 0)
            {
                continue;
            }

            var stack = new Stack<int>([i]);
            label[i] = next;
            while (stack.TryPop(out var a))
            {
                for (var b = 0; b < needs.Count; b++)
                {
                    if (core[b] && label[b] < 0 && IsNeighbour(needs[a], needs[b], epsMetres))
                    {
                        label[b] = next;
                        stack.Push(b);
                    }
                }
            }

            next++;
        }

        for (var i = 0; i < needs.Count; i++)
        {
            if (core[i])
            {
                continue;
            }

            var nearest = Enumerable.Range(0, needs.Count)
                .Where(j => core[j] && IsNeighbour(needs[i], needs[j], epsMetres))
                .OrderBy(j => needs[i].Location.DistanceKmTo(needs[j].Location)).ThenBy(j => needs[j].Id)
                .DefaultIfEmpty(-1).First();
            label[i] = nearest < 0 ? -1 : label[nearest];
        }

        return Enumerable.Range(0, needs.Count).Where(i => label[i] >= 0)
            .GroupBy(i => label[i], i => needs[i])
            .OrderByDescending(g => g.Sum(n => n.FamiliesAffected)).ThenBy(g => g.Min(n => n.Id))
            .Select(g => g.Select(n => n.Id).Order().ToArray())
            .ToList();
    }
}
