using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace VcsDirectory.Api.Geography.GeoJson;

/// <summary>
/// NetTopologySuite geometry in WGS84 degrees. NTS coordinates are planar (X, Y), and GeoJSON wants
/// longitude first, so X is always the longitude and Y the latitude: this class is the one place that says so.
/// </summary>
public static class Wgs84Geometry
{
    public const int Srid = 4326;

    public static GeometryFactory Factory { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(Srid);

    public static Coordinate ToCoordinate(GeoPoint point) => new(point.Longitude, point.Latitude);

    public static GeoPoint ToGeoPoint(Coordinate coordinate) => new(coordinate.Y, coordinate.X);

    public static Point Point(GeoPoint point) => Factory.CreatePoint(ToCoordinate(point));
}
