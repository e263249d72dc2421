using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Geography;

/// <summary>A WGS84 position in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0088;

    public static bool IsValid(double latitude, double longitude) => ProblemList.IsWgs84(latitude, longitude);

    /// <summary>Great-circle (haversine) distance in kilometres.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(ToRadians(Latitude)) * Math.Cos(ToRadians(other.Latitude)) *
                Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    internal static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
