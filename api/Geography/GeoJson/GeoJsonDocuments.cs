using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using VcsDirectory.Api.Caching;

namespace VcsDirectory.Api.Geography.GeoJson;

/// <summary>
/// Builds map layers as NTS feature collections and writes them as RFC 7946 GeoJSON: WGS84, longitude before
/// latitude, exterior rings counter-clockwise and holes clockwise, every ring closed, no <c>crs</c> member.
/// </summary>
/// <remarks>
/// The builders orient rings themselves, so a collection is right whatever later writes it; the writer also asks
/// the converter to enforce RFC 7946 orientation, so a feature built elsewhere cannot slip through the wrong way round.
/// </remarks>
public static class GeoJsonDocuments
{
    /// <summary>The media type RFC 7946 registers.</summary>
    public const string MediaType = "application/geo+json";

    private static readonly JsonSerializerOptions Options = new()
    {
        // Layers are served as JSON to map clients, never inlined into HTML: "Children's Centre" beats "Children\u0027s Centre".
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters =
        {
            new GeoJsonConverterFactory(Wgs84Geometry.Factory, writeGeometryBBox: false, idPropertyName: null, RingOrientationOption.EnforceRfc9746),
        },
    };

    /// <summary>The options that read and write GeoJSON the way this class does (for tests and for reading layers back).</summary>
    public static JsonSerializerOptions SerializerOptions => Options;

    public static string Write(FeatureCollection features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return JsonSerializer.Serialize(features, Options);
    }

    /// <summary>The collection as UTF-8 bytes, the form a layer is kept and served in (no UTF-16 text twice its size on the way).</summary>
    public static byte[] WriteUtf8(FeatureCollection features)
    {
        ArgumentNullException.ThrowIfNull(features);
        // The writer's options, not the serializer's, decide the escaping of a document written through a Utf8JsonWriter.
        return DocumentBytes.Write(writer => JsonSerializer.Serialize(writer, features, Options), new JsonWriterOptions { Encoder = Options.Encoder });
    }

    /// <summary>The collection as a JSON value, for an API that embeds GeoJSON in a larger JSON answer.</summary>
    public static JsonElement ToElement(FeatureCollection features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return JsonSerializer.SerializeToElement(features, Options);
    }

    /// <summary>One geometry, its rings oriented, as a GeoJSON geometry object.</summary>
    public static JsonElement ToElement(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return JsonSerializer.SerializeToElement(Rfc7946Orientation.Orient(geometry), Options);
    }

    public static FeatureCollection Collection(IEnumerable<IFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var collection = new FeatureCollection();
        foreach (var feature in features)
        {
            collection.Add(feature);
        }

        return collection;
    }

    public static FeatureCollection Points(IEnumerable<MapPoint> points) => Collection(points.Select(Feature));

    public static FeatureCollection Areas(IEnumerable<MapArea> areas) => Collection(areas.Select(Feature));

    public static Feature Feature(MapPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (!GeoPoint.IsValid(point.Location.Latitude, point.Location.Longitude))
        {
            throw new ArgumentException($"({point.Location.Latitude}, {point.Location.Longitude}) is not a WGS84 position.", nameof(point));
        }

        return new Feature(Wgs84Geometry.Point(point.Location), Attributes(point.Properties));
    }

    public static Feature Feature(MapArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return new Feature(Rfc7946Orientation.Orient(area.Boundary), Attributes(area.Properties));
    }

    private static AttributesTable Attributes(IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var table = new AttributesTable();
        foreach (var (name, value) in properties)
        {
            table.Add(name, value!);
        }

        return table;
    }
}
