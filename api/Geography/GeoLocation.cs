namespace VcsDirectory.Api.Geography;

/// <summary>A position as served: WGS84 degrees, and whether it is only approximate.</summary>
public sealed record GeoLocation(double Latitude, double Longitude, bool IsApproximate)
{
    public static GeoLocation? From(double? latitude, double? longitude, bool isApproximate) =>
        latitude is { } lat && longitude is { } lon ? new GeoLocation(lat, lon, isApproximate) : null;
}
