using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace VcsDirectory.Api.Geography.GeoJson;

/// <summary>
/// Orients polygon rings as RFC 7946 §3.1.6 asks (the right-hand rule): exterior rings counter-clockwise,
/// holes clockwise. Not <see cref="Geometry.Normalize"/>: NTS normalises shells to clockwise, the opposite.
/// </summary>
public static class Rfc7946Orientation
{
    /// <summary>A copy of <paramref name="geometry"/> with every polygon's rings oriented; other geometries come back as they are.</summary>
    public static Geometry Orient(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return geometry switch
        {
            Polygon polygon => Orient(polygon),
            MultiPolygon multi => geometry.Factory.CreateMultiPolygon(
                Enumerable.Range(0, multi.NumGeometries).Select(i => Orient((Polygon)multi.GetGeometryN(i))).ToArray()),
            GeometryCollection collection when collection is not MultiPoint and not MultiLineString => geometry.Factory.CreateGeometryCollection(
                Enumerable.Range(0, collection.NumGeometries).Select(i => Orient(collection.GetGeometryN(i))).ToArray()),
            _ => geometry,
        };
    }

    public static Polygon Orient(Polygon polygon)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        if (polygon.IsEmpty)
        {
            return polygon;
        }

        var shell = WithOrientation(polygon.Shell, counterClockwise: true);
        var holes = polygon.Holes.Select(h => WithOrientation(h, counterClockwise: false)).ToArray();
        return polygon.Factory.CreatePolygon(shell, holes);
    }

    public static bool IsCounterClockwise(LinearRing ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        return Orientation.IsCCW(ring.CoordinateSequence);
    }

    private static LinearRing WithOrientation(LinearRing ring, bool counterClockwise) =>
        IsCounterClockwise(ring) == counterClockwise ? (LinearRing)ring.Copy() : (LinearRing)ring.Reverse();
}
