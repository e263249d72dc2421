using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Tests.Outreach;

/// <summary>
/// Places test needs by metres east and north of a point in Poole, so that examples read as distances on the
/// ground. North–south offsets are exact great-circle distances (along a meridian); east–west ones are within
/// a hundredth of a percent at these scales.
/// </summary>
internal static class Ground
{
    public static readonly GeoPoint Origin = new(50.73, -1.96);

    private static readonly double MetresPerDegree = new GeoPoint(0, 0).DistanceKmTo(new GeoPoint(1, 0)) * 1000;

    public static GeoPoint At(double eastMetres, double northMetres) => new(
        Origin.Latitude + (northMetres / MetresPerDegree),
        Origin.Longitude + (eastMetres / (MetresPerDegree * Math.Cos(Origin.Latitude * Math.PI / 180))));

    public static NeedPoint Need(int id, double eastMetres, double northMetres, int families, int category = 1, int severity = 1, int? ward = null) =>
        new(id, At(eastMetres, northMetres), category, families, severity, ward);
}
