using NetTopologySuite.Geometries;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Geography.GeoJson;

namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>The area a cluster is drawn as, and the area its intensity is measured over.</summary>
internal static class ClusterHull
{
    /// <summary>Wide enough to show a single 250 m grid cell's worth of ground around one or two sites.</summary>
    public const double BufferKm = 0.150;

    /// <summary>The floor under a hull's area when dividing by it: the area of the buffer disc round a single site.</summary>
    public const double MinimumAreaKm2 = Math.PI * BufferKm * BufferKm;

    /// <summary>
    /// The convex hull of the sites: computed in degrees, so its corners are exactly the sites' positions and
    /// every site is covered by it; when the hull is a point or a line, the 150 m buffer round it on the ground.
    /// </summary>
    public static (Polygon Hull, double AreaKm2) Around(IReadOnlyList<GeoPoint> sites)
    {
        var coordinates = sites.Select(Wgs84Geometry.ToCoordinate).ToArray();
        var hull = Wgs84Geometry.Factory.CreateMultiPointFromCoords(coordinates).ConvexHull();
        var projection = new LocalProjection(sites.Average(s => s.Latitude));
        var polygon = hull as Polygon ?? projection.Buffer(hull, BufferKm);
        return (polygon, projection.AreaKm2(polygon));
    }
}
