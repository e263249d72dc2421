namespace VcsDirectory.Api.Geography.GeoJson;

/// <summary>A point to draw on a map, with the properties its feature carries (kept in the order given).</summary>
public sealed record MapPoint(GeoPoint Location, IReadOnlyDictionary<string, object?> Properties);
