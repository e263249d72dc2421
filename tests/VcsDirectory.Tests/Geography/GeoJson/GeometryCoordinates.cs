using System.Text.Json;

namespace VcsDirectory.Tests.Geography.GeoJson;

/// <summary>The coordinate rules of RFC 7946 §3.1, for <see cref="Rfc7946Check"/>.</summary>
internal static class GeometryCoordinates
{
    public static void Check(string type, JsonElement coordinates, string path, List<string> problems)
    {
        switch (type)
        {
            case "Point":
                Position(coordinates, path, problems);
                break;
            case "MultiPoint":
                Each(coordinates, path, (p, at) => Position(p, at, problems));
                break;
            case "LineString":
                Line(coordinates, path, problems);
                break;
            case "MultiLineString":
                Each(coordinates, path, (line, at) => Line(line, at, problems));
                break;
            case "Polygon":
                Polygon(coordinates, path, problems);
                break;
            case "MultiPolygon":
                Each(coordinates, path, (polygon, at) => Polygon(polygon, at, problems));
                break;
        }
    }

    private static void Polygon(JsonElement rings, string path, List<string> problems)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            problems.Add($"{path}: a polygon is a non-empty array of rings");
            return;
        }

        var first = true;
        Each(rings, path, (ring, at) =>
        {
            Ring(ring, at, exterior: first, problems);
            first = false;
        });
    }

    private static void Ring(JsonElement ring, string path, bool exterior, List<string> problems)
    {
        var positions = Line(ring, path, problems);
        if (positions.Count < 4)
        {
            problems.Add($"{path}: a linear ring has four or more positions");
            return;
        }

        if (positions[0] != positions[^1])
        {
            problems.Add($"{path}: the ring is not closed (its first and last positions differ)");
            return;
        }

        // Shoelace sum in the lon/lat plane: positive when the ring turns counter-clockwise.
        var twiceArea = positions.Zip(positions.Skip(1), (a, b) => (a.Lon * b.Lat) - (b.Lon * a.Lat)).Sum();
        if (exterior && twiceArea <= 0)
        {
            problems.Add($"{path}: an exterior ring must be counter-clockwise (right-hand rule)");
        }
        else if (!exterior && twiceArea >= 0)
        {
            problems.Add($"{path}: a hole must be clockwise (right-hand rule)");
        }
    }

    private static List<(double Lon, double Lat)> Line(JsonElement line, string path, List<string> problems)
    {
        var positions = new List<(double Lon, double Lat)>();
        Each(line, path, (p, at) =>
        {
            if (Position(p, at, problems) is { } position)
            {
                positions.Add(position);
            }
        });
        if (positions.Count < 2)
        {
            problems.Add($"{path}: a line has two or more positions");
        }

        return positions;
    }

    private static (double Lon, double Lat)? Position(JsonElement position, string path, List<string> problems)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3 ||
            position.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number))
        {
            problems.Add($"{path}: a position is [longitude, latitude] or [longitude, latitude, altitude]");
            return null;
        }

        var (lon, lat) = (position[0].GetDouble(), position[1].GetDouble());
        if (lon is < -180 or > 180)
        {
            problems.Add($"{path}: longitude {lon} is outside ±180");
        }

        if (lat is < -90 or > 90)
        {
            problems.Add($"{path}: latitude {lat} is outside ±90");
        }

        return (lon, lat);
    }

    private static void Each(JsonElement array, string path, Action<JsonElement, string> check)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            check(item, $"{path}[{i++}]");
        }
    }
}
