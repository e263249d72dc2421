using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>
/// Getis–Ord Gi* over wards: is a ward, with its neighbours, higher (hot) or lower (cold) than the borough as a
/// whole, beyond what chance would give? It tells CVS staff whether a cluster's ward stands out or only looks busy.
/// </summary>
/// <remarks>
/// With n wards, values x, mean X̄ and S = √(Σx²/n − X̄²), and binary weights w (the ward itself included), for ward i
/// with W = Σⱼ wᵢⱼ neighbours: Gi* = (Σⱼ wᵢⱼ xⱼ − X̄ W) / (S √((n W − W²) / (n − 1))) (Getis &amp; Ord 1995; as ArcGIS).
/// Where that denominator is zero (all values equal, or every ward a neighbour) the z-score is 0. With a handful of
/// wards the normal approximation is rough: read the bins as a guide.
/// </remarks>
public static class HotSpotAnalysis
{
    public static IReadOnlyList<WardHotSpot> GetisOrdGiStar(IReadOnlyList<WardValue> wards, HotSpotNeighbours neighbours)
    {
        ArgumentNullException.ThrowIfNull(wards);
        ArgumentNullException.ThrowIfNull(neighbours);
        if (wards.Select(w => w.WardId).Distinct().Count() != wards.Count)
        {
            throw new ArgumentException("Each ward may appear once.", nameof(wards));
        }

        var n = wards.Count;
        var mean = wards.Sum(w => w.Value) / Math.Max(n, 1);
        // Two passes rather than Σx²/n − X̄²: equal values then give exactly 0, not a rounding residue.
        var spread = Math.Sqrt(wards.Sum(w => (w.Value - mean) * (w.Value - mean)) / Math.Max(n, 1));
        return wards.Select((ward, i) =>
        {
            var around = neighbours.Of(i, wards);
            double count = around.Count;
            var numerator = around.Sum(j => wards[j].Value) - (mean * count);
            var denominator = n > 1 ? spread * Math.Sqrt(((n * count) - (count * count)) / (n - 1)) : 0;
            var z = denominator > 0 ? numerator / denominator : 0;
            return new WardHotSpot(ward.WardId, ward.Value, z, around.Count, Bin(z));
        }).ToList();
    }

    public static HotSpotBin Bin(double z) => Math.Abs(z) switch
    {
        >= 2.576 => z > 0 ? HotSpotBin.HotSpot99 : HotSpotBin.ColdSpot99,
        >= 1.960 => z > 0 ? HotSpotBin.HotSpot95 : HotSpotBin.ColdSpot95,
        >= 1.645 => z > 0 ? HotSpotBin.HotSpot90 : HotSpotBin.ColdSpot90,
        _ => HotSpotBin.NotSignificant,
    };

    /// <summary>
    /// The families with a need in <paramref name="serviceCategoryId"/> in each ward, for every ward given (zero
    /// where there is none: Gi* needs the quiet wards too). Needs without a ward, or in a ward not given, are left out.
    /// </summary>
    public static IReadOnlyList<WardValue> FamiliesByWard(
        IEnumerable<NeedPoint> needs, IReadOnlyDictionary<int, GeoPoint> wardCentroids, int serviceCategoryId)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(wardCentroids);
        var families = needs
            .Where(n => n.ServiceCategoryId == serviceCategoryId && n.WardId is not null)
            .GroupBy(n => n.WardId!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(n => n.FamiliesAffected));
        return wardCentroids.OrderBy(w => w.Key)
            .Select(w => new WardValue(w.Key, w.Value, families.GetValueOrDefault(w.Key)))
            .ToList();
    }
}
