namespace VcsDirectory.Api.Geography;

/// <summary>
/// A circle on the ground, tested with the equirectangular approximation so that the test is plain
/// arithmetic any SQL engine runs (no trigonometry in SQL): within a borough (tens of km) it differs
/// from the great-circle distance by well under 0.1%.
/// </summary>
public sealed record NearbyArea(double Latitude, double Longitude, double WithinKm)
{
    private const double KmPerDegreeLatitude = 111.195;

    public double KmPerDegreeLongitude => KmPerDegreeLatitude * Math.Cos(GeoPoint.ToRadians(Latitude));

    public double SquaredRadius => WithinKm * WithinKm;

    public static double LatitudeScale => KmPerDegreeLatitude;
}
