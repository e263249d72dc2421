using System.Text.Json;
using NetTopologySuite.Geometries;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Geography.GeoJson;

namespace VcsDirectory.Tests.Geography.GeoJson;

public class GeoJsonDocumentsTests
{
    private static readonly GeometryFactory Factory = Wgs84Geometry.Factory;

    private static readonly Dictionary<string, object?> NoProperties = [];

    /// <summary>A 0.01° square round Poole with a hole, both rings drawn the wrong way for RFC 7946 (shell clockwise, hole counter-clockwise).</summary>
    private static Polygon WrongWayRound() => Factory.CreatePolygon(
        Factory.CreateLinearRing([new(-1.96, 50.73), new(-1.96, 50.74), new(-1.95, 50.74), new(-1.95, 50.73), new(-1.96, 50.73)]),
        [Factory.CreateLinearRing([new(-1.958, 50.732), new(-1.952, 50.732), new(-1.952, 50.738), new(-1.958, 50.738), new(-1.958, 50.732)])]);

    [Fact]
    public void A_point_is_written_longitude_first()
    {
        var json = GeoJsonDocuments.Write(GeoJsonDocuments.Points([new MapPoint(new GeoPoint(50.73, -1.96), NoProperties)]));

        var coordinates = JsonDocument.Parse(json).RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal([-1.96, 50.73], coordinates.EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public void The_bytes_a_layer_is_kept_in_are_its_text_in_UTF_8_escaped_alike()
    {
        // Enough points to span many of the writer's buffers, and names the relaxed encoder leaves as they are.
        var layer = GeoJsonDocuments.Points(Enumerable.Range(0, 2_000).Select(i => new MapPoint(
            new GeoPoint(50.7 + (i / 100_000.0), -1.9), new Dictionary<string, object?> { ["name"] = $"Oakdale Children's Centre {i} — Poole" })));

        var bytes = GeoJsonDocuments.WriteUtf8(layer);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(GeoJsonDocuments.Write(layer)), bytes);
        Assert.Contains("Children's Centre 1999 — Poole", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_polygon_drawn_the_wrong_way_round_is_built_with_a_counter_clockwise_shell_and_clockwise_holes()
    {
        var feature = GeoJsonDocuments.Feature(new MapArea(WrongWayRound(), NoProperties));

        var polygon = Assert.IsType<Polygon>(feature.Geometry);
        Assert.True(Rfc7946Orientation.IsCounterClockwise(polygon.Shell));
        Assert.False(Rfc7946Orientation.IsCounterClockwise(polygon.Holes[0]));
        Assert.Equal(WrongWayRound().Area, polygon.Area, 12);
    }

    [Fact]
    public void A_polygon_drawn_the_wrong_way_round_is_written_as_rfc_7946_asks()
    {
        var json = GeoJsonDocuments.Write(GeoJsonDocuments.Areas([new MapArea(WrongWayRound(), NoProperties)]));

        var problems = Rfc7946Check.Validate(json);

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_polygon_of_a_multipolygon_is_oriented()
    {
        var multi = Factory.CreateMultiPolygon([WrongWayRound(), (Polygon)WrongWayRound().Reverse()]);

        var oriented = (MultiPolygon)Rfc7946Orientation.Orient(multi);

        Assert.All(oriented.Geometries.Cast<Polygon>(), p => Assert.True(Rfc7946Orientation.IsCounterClockwise(p.Shell)));
        Assert.All(oriented.Geometries.Cast<Polygon>(), p => Assert.False(Rfc7946Orientation.IsCounterClockwise(p.Holes[0])));
    }

    [Fact]
    public void Properties_are_written_with_their_values()
    {
        var properties = new Dictionary<string, object?> { ["name"] = "Canford Heath", ["families"] = 42, ["wardIds"] = new[] { 3, 7 }, ["note"] = null };

        var json = GeoJsonDocuments.Write(GeoJsonDocuments.Points([new MapPoint(new GeoPoint(50.75, -1.97), properties)]));

        var written = JsonDocument.Parse(json).RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal("Canford Heath", written.GetProperty("name").GetString());
        Assert.Equal(42, written.GetProperty("families").GetInt32());
        Assert.Equal([3, 7], written.GetProperty("wardIds").EnumerateArray().Select(w => w.GetInt32()));
        Assert.Equal(JsonValueKind.Null, written.GetProperty("note").ValueKind);
    }

    [Fact]
    public void A_written_collection_has_the_feature_collection_shape_and_no_crs()
    {
        var json = GeoJsonDocuments.Write(GeoJsonDocuments.Points([new MapPoint(new GeoPoint(50.75, -1.97), NoProperties)]));

        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _));
        Assert.Empty(Rfc7946Check.Validate(json));
    }

    [Fact]
    public void A_point_outside_wgs84_is_refused()
    {
        var point = new MapPoint(new GeoPoint(95, -1.96), NoProperties);

        Assert.Throws<ArgumentException>(() => GeoJsonDocuments.Feature(point));
    }
}
