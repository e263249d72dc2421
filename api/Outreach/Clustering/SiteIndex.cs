using NetTopologySuite.Geometries;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Geography.GeoJson;

namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>
/// Finds the sites within eps of a site. An STR-tree over longitude/latitude answers a box query; the box is
/// sized so that it holds every point within eps on the sphere, and the exact haversine distance then decides.
/// </summary>
internal sealed class SiteIndex : IItemVisitor<int>
{
    /// <summary>Taken from <see cref="GeoPoint.DistanceKmTo"/> itself, so the box and the exact test agree on the Earth's size.</summary>
    internal static readonly double KmPerDegree = new GeoPoint(0, 0).DistanceKmTo(new GeoPoint(1, 0));

    // Widens the box a little past the exact bound, so rounding can only let in points the exact test rejects.
    private const double Margin = 1 + 1e-6;

    private readonly STRtree<int> tree = new();
    private readonly IReadOnlyList<NeedSite> sites;
    private readonly double epsKm;
    private readonly double epsDegrees;
    private List<int> found = [];
    private GeoPoint centre;

    public SiteIndex(IReadOnlyList<NeedSite> sites, double epsKm)
    {
        this.sites = sites;
        this.epsKm = epsKm;
        epsDegrees = epsKm / KmPerDegree;
        for (var i = 0; i < sites.Count; i++)
        {
            tree.Insert(new Envelope(Wgs84Geometry.ToCoordinate(sites[i].Location)), i);
        }

        tree.Build();
    }

    /// <summary>Fills <paramref name="into"/> with the sites within eps of <paramref name="site"/>, itself included, in no particular order.</summary>
    public void Neighbours(int site, List<int> into)
    {
        into.Clear();
        if (sites.Count == 0)
        {
            return;
        }

        centre = sites[site].Location;
        found = into;
        tree.Query(SearchBox(centre), this);
    }

    public double DistanceKm(int a, int b) => sites[a].Location.DistanceKmTo(sites[b].Location);

    void IItemVisitor<int>.VisitItem(int item)
    {
        if (centre.DistanceKmTo(sites[item].Location) <= epsKm)
        {
            found.Add(item);
        }
    }

    /// <summary>
    /// Latitude spans eps exactly; longitude spans asin(sin δ / cos φ), the widest a circle of angular radius δ
    /// reaches at latitude φ (the cos(lat) correction, exact rather than approximate). Near a pole, or across the
    /// antimeridian, the box takes every longitude: correct, and never the case in a borough.
    /// </summary>
    private Envelope SearchBox(GeoPoint point)
    {
        var dLat = epsDegrees * Margin;
        var minLat = point.Latitude - dLat;
        var maxLat = point.Latitude + dLat;
        var sinDelta = Math.Sin(GeoPoint.ToRadians(epsDegrees));
        var cosLat = Math.Cos(GeoPoint.ToRadians(point.Latitude));
        if (maxLat >= 90 || minLat <= -90 || sinDelta >= cosLat)
        {
            return new Envelope(-180, 180, minLat, maxLat);
        }

        var dLon = Math.Asin(sinDelta / cosLat) * 180 / Math.PI * Margin;
        if (point.Longitude - dLon < -180 || point.Longitude + dLon > 180)
        {
            return new Envelope(-180, 180, minLat, maxLat);
        }

        return new Envelope(point.Longitude - dLon, point.Longitude + dLon, minLat, maxLat);
    }
}
