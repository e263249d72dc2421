using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>
/// All the needs at one exact position: on the 250 m grid many needs share a cell. Clustering sites instead of
/// needs is exact for weighted DBSCAN: needs at one position are 0 m apart, so they have the same neighbours,
/// the same neighbourhood weight, the same core status and the same nearest core, and so the same cluster.
/// </summary>
internal sealed class NeedSite(GeoPoint location)
{
    public GeoPoint Location { get; } = location;

    /// <summary>Ascending by id once <see cref="Aggregate"/> returns.</summary>
    public List<NeedPoint> Needs { get; } = [];

    public long Weight { get; private set; }

    public int SmallestNeedId => Needs[0].Id;

    /// <summary>The sites of <paramref name="needs"/>, ordered by their smallest need id, so that the result does not depend on input order.</summary>
    public static List<NeedSite> Aggregate(IReadOnlyList<NeedPoint> needs)
    {
        var sites = new Dictionary<GeoPoint, NeedSite>();
        var ids = new HashSet<int>(needs.Count);
        foreach (var need in needs)
        {
            Check(need, ids);
            if (!sites.TryGetValue(need.Location, out var site))
            {
                site = new NeedSite(need.Location);
                sites.Add(need.Location, site);
            }

            site.Needs.Add(need);
            site.Weight += need.FamiliesAffected;
        }

        foreach (var site in sites.Values)
        {
            site.Needs.Sort((a, b) => a.Id.CompareTo(b.Id));
        }

        var ordered = sites.Values.ToList();
        ordered.Sort((a, b) => a.SmallestNeedId.CompareTo(b.SmallestNeedId));
        return ordered;
    }

    private static void Check(NeedPoint need, HashSet<int> ids)
    {
        ArgumentNullException.ThrowIfNull(need);
        if (!ids.Add(need.Id))
        {
            throw new ArgumentException($"Need {need.Id} appears twice.", nameof(need));
        }

        if (!GeoPoint.IsValid(need.Location.Latitude, need.Location.Longitude))
        {
            throw new ArgumentException($"Need {need.Id} is not at a WGS84 position.", nameof(need));
        }

        if (need.FamiliesAffected < 0)
        {
            throw new ArgumentException($"Need {need.Id} affects a negative number of families.", nameof(need));
        }
    }
}
