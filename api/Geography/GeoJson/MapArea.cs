using NetTopologySuite.Geometries;

namespace VcsDirectory.Api.Geography.GeoJson;

/// <summary>
/// An area to draw on a map: a polygon in WGS84 degrees (X = longitude, Y = latitude) with the properties its
/// feature carries. Ring orientation does not matter here: <see cref="GeoJsonDocuments"/> orients it.
/// </summary>
public sealed record MapArea(Polygon Boundary, IReadOnlyDictionary<string, object?> Properties);
