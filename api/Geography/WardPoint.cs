namespace VcsDirectory.Api.Geography;

/// <summary>A ward's key and centroid: what <see cref="NearestWard"/> needs of it.</summary>
public sealed record WardPoint(int WardId, GeoPoint Centroid);
