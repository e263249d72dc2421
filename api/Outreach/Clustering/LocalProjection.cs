using NetTopologySuite.Geometries;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Geography.GeoJson;

namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>
/// An equirectangular projection to kilometres around a reference latitude. Across a cluster (a few km) it is
/// within a fraction of a percent of the ground, which is what buffers and areas need; it is affine, so convex
/// hulls and containment carry over unchanged.
/// </summary>
internal sealed class LocalProjection(double referenceLatitude)
{
    private static readonly GeometryFactory Planar = new();

    private readonly double kmPerDegreeLongitude = SiteIndex.KmPerDegree * Math.Cos(GeoPoint.ToRadians(referenceLatitude));

    /// <summary>The area on the ground of a geometry in WGS84 degrees.</summary>
    public double AreaKm2(Geometry degrees) => degrees.Area * kmPerDegreeLongitude * SiteIndex.KmPerDegree;

    /// <summary>The buffer of a geometry in WGS84 degrees, <paramref name="km"/> wide on the ground, back in degrees.</summary>
    public Polygon Buffer(Geometry degrees, double km)
    {
        var projected = Planar.CreateGeometry(degrees);
        projected.Apply(new Scaling(kmPerDegreeLongitude, SiteIndex.KmPerDegree));
        var buffered = projected.Buffer(km);
        buffered.Apply(new Scaling(1 / kmPerDegreeLongitude, 1 / SiteIndex.KmPerDegree));
        return (Polygon)Wgs84Geometry.Factory.CreateGeometry(buffered);
    }

    /// <summary>Scales X and Y in place: a linear map, so it keeps every shape's structure.</summary>
    private sealed class Scaling(double x, double y) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, seq.GetX(i) * x);
                seq.SetY(i, seq.GetY(i) * y);
            }
        }
    }
}
