namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>
/// Which wards count as a ward's neighbours in Gi*: binary weights (1 for a neighbour, 0 otherwise) between
/// ward centroids, and always the ward itself, as Gi* (unlike Gi) requires.
/// </summary>
public sealed record HotSpotNeighbours
{
    private HotSpotNeighbours(double? withinKm, int? nearest)
    {
        DistanceBandKm = withinKm;
        NearestCount = nearest;
    }

    /// <summary>Every ward whose centroid is within this great-circle distance; null when counting nearest wards instead.</summary>
    public double? DistanceBandKm { get; }

    /// <summary>The ward's k nearest other wards (ties: smaller ward id first); null when using a distance band.</summary>
    public int? NearestCount { get; }

    /// <summary>A distance band: the usual choice when wards are of similar size, as the borough's are.</summary>
    public static HotSpotNeighbours WithinKm(double km) =>
        double.IsFinite(km) && km > 0
            ? new HotSpotNeighbours(km, null)
            : throw new ArgumentOutOfRangeException(nameof(km), km, "The distance band must be a positive number of km.");

    /// <summary>k nearest neighbours: every ward gets the same number of neighbours, wherever it lies.</summary>
    public static HotSpotNeighbours Nearest(int k) =>
        k >= 1
            ? new HotSpotNeighbours(null, k)
            : throw new ArgumentOutOfRangeException(nameof(k), k, "At least one neighbour is needed.");

    /// <summary>The indices of ward <paramref name="i"/>'s neighbours, itself first.</summary>
    internal List<int> Of(int i, IReadOnlyList<WardValue> wards)
    {
        var others = Enumerable.Range(0, wards.Count)
            .Where(j => j != i)
            .Select(j => (Index: j, Km: wards[i].Centroid.DistanceKmTo(wards[j].Centroid)))
            .OrderBy(o => o.Km).ThenBy(o => wards[o.Index].WardId);
        var chosen = DistanceBandKm is { } band
            ? others.TakeWhile(o => o.Km <= band)
            : others.Take(NearestCount!.Value);
        return [i, .. chosen.Select(o => o.Index)];
    }
}
