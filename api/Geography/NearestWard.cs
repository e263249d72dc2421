namespace VcsDirectory.Api.Geography;

/// <summary>
/// The ward a position falls in, taken as the ward whose centroid is nearest: the reference data has centroids, not
/// boundaries, so near a boundary this may name the neighbouring ward (the centroids are within about 1 km).
/// </summary>
public static class NearestWard
{
    /// <summary>The nearest ward's id (ties: the lower id); null when there are no wards or the position is not a WGS84 one.</summary>
    public static int? Of(IReadOnlyList<WardPoint> wards, GeoPoint position)
    {
        ArgumentNullException.ThrowIfNull(wards);
        if (!GeoPoint.IsValid(position.Latitude, position.Longitude))
        {
            return null;
        }

        return wards.OrderBy(w => w.Centroid.DistanceKmTo(position)).ThenBy(w => w.WardId).Select(w => (int?)w.WardId).FirstOrDefault();
    }
}
