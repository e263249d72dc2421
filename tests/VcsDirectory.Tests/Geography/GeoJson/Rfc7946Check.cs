using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using VcsDirectory.Api.Geography.GeoJson;

namespace VcsDirectory.Tests.Geography.GeoJson;

/// <summary>
/// Checks a GeoJSON text against RFC 7946: the <c>type</c> members and the members each type requires, no <c>crs</c>,
/// positions with longitude in ±180 and latitude in ±90, rings of four or more positions that close, exterior rings
/// counter-clockwise and holes clockwise; and that NetTopologySuite reads it back. Returns the problems found.
/// </summary>
internal static class Rfc7946Check
{
    private static readonly string[] GeometryTypes = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

    public static IReadOnlyList<string> Validate(string json)
    {
        var problems = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(json);
            CheckObject(document.RootElement, "$", problems);
        }
        catch (JsonException e)
        {
            return [$"$: not JSON ({e.Message})"];
        }

        ReadBack(json, problems);
        return problems;
    }

    private static void CheckObject(JsonElement value, string path, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: a GeoJSON object must be a JSON object");
            return;
        }

        if (value.TryGetProperty("crs", out _))
        {
            problems.Add($"{path}: RFC 7946 removed 'crs': coordinates are WGS84 by definition");
        }

        var type = value.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        switch (type)
        {
            case "FeatureCollection":
                foreach (var (feature, i) in Members(value, "features", path, problems))
                {
                    CheckTyped(feature, $"{path}.features[{i}]", ["Feature"], problems);
                }

                break;
            case "Feature":
                Require(value, "properties", path, problems, JsonValueKind.Object, JsonValueKind.Null);
                if (Require(value, "geometry", path, problems, JsonValueKind.Object, JsonValueKind.Null) is { ValueKind: JsonValueKind.Object } geometry)
                {
                    CheckTyped(geometry, $"{path}.geometry", GeometryTypes, problems);
                }

                break;
            case "GeometryCollection":
                foreach (var (member, i) in Members(value, "geometries", path, problems))
                {
                    CheckTyped(member, $"{path}.geometries[{i}]", GeometryTypes, problems);
                }

                break;
            case not null when GeometryTypes.Contains(type):
                if (Require(value, "coordinates", path, problems, JsonValueKind.Array) is { } coordinates)
                {
                    GeometryCoordinates.Check(type, coordinates, $"{path}.coordinates", problems);
                }

                break;
            default:
                problems.Add($"{path}: 'type' is {(type is null ? "missing" : $"'{type}'")}, not a GeoJSON type");
                break;
        }
    }

    private static void CheckTyped(JsonElement value, string path, string[] allowed, List<string> problems)
    {
        var type = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("type", out var t) ? t.ToString() : null;
        if (type is null || !allowed.Contains(type))
        {
            problems.Add($"{path}: 'type' must be one of {string.Join(", ", allowed)}, not '{type}'");
            return;
        }

        CheckObject(value, path, problems);
    }

    private static IEnumerable<(JsonElement Item, int Index)> Members(JsonElement value, string name, string path, List<string> problems) =>
        Require(value, name, path, problems, JsonValueKind.Array) is { } array ? array.EnumerateArray().Select((item, i) => (item, i)) : [];

    private static JsonElement? Require(JsonElement value, string name, string path, List<string> problems, params JsonValueKind[] kinds)
    {
        if (value.TryGetProperty(name, out var member) && kinds.Contains(member.ValueKind))
        {
            return member;
        }

        problems.Add($"{path}: '{name}' must be present as {string.Join(" or ", kinds)}");
        return null;
    }

    private static void ReadBack(string json, List<string> problems)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var type = document.RootElement.TryGetProperty("type", out var t) ? t.ToString() : null;
            _ = type switch
            {
                "FeatureCollection" => JsonSerializer.Deserialize<FeatureCollection>(json, GeoJsonDocuments.SerializerOptions) as object,
                "Feature" => JsonSerializer.Deserialize<IFeature>(json, GeoJsonDocuments.SerializerOptions),
                _ => JsonSerializer.Deserialize<Geometry>(json, GeoJsonDocuments.SerializerOptions),
            };
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            problems.Add($"$: NetTopologySuite cannot read it back ({e.GetType().Name}: {e.Message})");
        }
    }
}
