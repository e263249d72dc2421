using System.Security.Cryptography;
using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>Summarises the sites of one cluster into a <see cref="DetectedCluster"/>.</summary>
internal static class DetectedClusterFactory
{
    public static DetectedCluster Create(int number, IReadOnlyList<NeedSite> sites, ClusteringOptions options)
    {
        var needs = sites.SelectMany(s => s.Needs).ToList();
        var needIds = needs.Select(n => n.Id).Order().ToArray();
        var families = needs.Sum(n => n.FamiliesAffected);
        var categories = CategoryRanking.Rank(needs);
        var dominant = CategoryRanking.Dominant(categories, options.DominantCategoryMinShare);
        var (hull, areaKm2) = ClusterHull.Around(sites.Select(s => s.Location).ToArray());
        var severityWeighted = needs.Sum(n => (double)n.FamiliesAffected * n.Severity);
        return new DetectedCluster(
            number,
            KeyOf(needIds),
            needIds,
            Centroid(sites),
            hull,
            areaKm2,
            families,
            categories,
            dominant,
            severityWeighted / Math.Max(areaKm2, ClusterHull.MinimumAreaKm2),
            needs.Where(n => n.WardId is not null).Select(n => n.WardId!.Value).Distinct().Order().ToArray());
    }

    /// <summary>
    /// A weighted mean of degrees: fine at borough scale, far from the antimeridian. A cluster whose families are
    /// all zero (possible only with zero-family needs) falls back to the plain mean.
    /// </summary>
    private static GeoPoint Centroid(IReadOnlyList<NeedSite> sites)
    {
        double weight = sites.Sum(s => s.Weight);
        return weight > 0
            ? new GeoPoint(sites.Sum(s => s.Weight * s.Location.Latitude) / weight, sites.Sum(s => s.Weight * s.Location.Longitude) / weight)
            : new GeoPoint(sites.Average(s => s.Location.Latitude), sites.Average(s => s.Location.Longitude));
    }

    /// <summary>The first 8 bytes of SHA-256 over the sorted member ids: a content address, not a secret.</summary>
    private static string KeyOf(int[] sortedNeedIds)
    {
        var bytes = new byte[sortedNeedIds.Length * sizeof(int)];
        Buffer.BlockCopy(sortedNeedIds, 0, bytes, 0, bytes.Length);
        return "nc-" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8));
    }
}
