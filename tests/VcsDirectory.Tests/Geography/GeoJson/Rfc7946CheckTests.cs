namespace VcsDirectory.Tests.Geography.GeoJson;

/// <summary>The checker must catch each fault, or a green GeoJSON test would prove nothing.</summary>
public class Rfc7946CheckTests
{
    private const string Square = "[[-1.96,50.73],[-1.95,50.73],[-1.95,50.74],[-1.96,50.74],[-1.96,50.73]]";
    private const string ClockwiseHole = "[[-1.958,50.732],[-1.958,50.738],[-1.952,50.738],[-1.952,50.732],[-1.958,50.732]]";

    private static string Collection(string geometry, string extra = "") =>
        $$$"""{"type":"FeatureCollection"{{{extra}}},"features":[{"type":"Feature","geometry":{{{geometry}}},"properties":{"name":"x"}}]}""";

    [Fact]
    public void A_counter_clockwise_square_with_a_clockwise_hole_has_no_problems()
    {
        var json = Collection($$"""{"type":"Polygon","coordinates":[{{Square}},{{ClockwiseHole}}]}""");

        var problems = Rfc7946Check.Validate(json);

        Assert.Empty(problems);
    }

    [Fact]
    public void A_clockwise_exterior_ring_is_a_problem()
    {
        var json = Collection("""{"type":"Polygon","coordinates":[[[-1.96,50.73],[-1.96,50.74],[-1.95,50.74],[-1.95,50.73],[-1.96,50.73]]]}""");

        var problems = Rfc7946Check.Validate(json);

        Assert.Contains(problems, p => p.Contains("exterior ring must be counter-clockwise", StringComparison.Ordinal));
    }

    [Fact]
    public void A_counter_clockwise_hole_is_a_problem()
    {
        var json = Collection($$"""{"type":"Polygon","coordinates":[{{Square}},[[-1.958,50.732],[-1.952,50.732],[-1.952,50.738],[-1.958,50.738],[-1.958,50.732]]]}""");

        var problems = Rfc7946Check.Validate(json);

        Assert.Contains(problems, p => p.Contains("hole must be clockwise", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ring_that_does_not_close_is_a_problem()
    {
        var json = Collection("""{"type":"Polygon","coordinates":[[[-1.96,50.73],[-1.95,50.73],[-1.95,50.74],[-1.96,50.74]]]}""");

        var problems = Rfc7946Check.Validate(json);

        Assert.Contains(problems, p => p.Contains("ring is not closed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("cannot read it back", StringComparison.Ordinal));
    }

    [Fact]
    public void A_latitude_beyond_90_degrees_is_a_problem()
    {
        var json = Collection("""{"type":"Point","coordinates":[-1.96,95.1]}""");

        var problems = Rfc7946Check.Validate(json);

        Assert.Contains(problems, p => p.Contains("latitude 95.1 is outside", StringComparison.Ordinal));
    }

    [Fact]
    public void A_longitude_beyond_180_degrees_is_a_problem()
    {
        var json = Collection("""{"type":"Point","coordinates":[181,50.73]}""");

        var problems = Rfc7946Check.Validate(json);

        Assert.Contains(problems, p => p.Contains("longitude 181 is outside", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_type_is_a_problem()
    {
        var json = """{"type":"FeatureCollection","features":[{"type":"Featur","geometry":null,"properties":null}]}""";

        var problems = Rfc7946Check.Validate(json);

        Assert.Contains(problems, p => p.Contains("'type' must be one of Feature", StringComparison.Ordinal));
    }

    [Fact]
    public void A_feature_without_properties_is_a_problem()
    {
        var json = """{"type":"Feature","geometry":{"type":"Point","coordinates":[-1.96,50.73]}}""";

        var problems = Rfc7946Check.Validate(json);

        Assert.Contains(problems, p => p.Contains("'properties' must be present", StringComparison.Ordinal));
    }

    [Fact]
    public void A_crs_member_is_a_problem()
    {
        var json = Collection("""{"type":"Point","coordinates":[-1.96,50.73]}""", extra: ""","crs":{"type":"name","properties":{"name":"EPSG:4326"}}""");

        var problems = Rfc7946Check.Validate(json);

        Assert.Contains(problems, p => p.Contains("'crs'", StringComparison.Ordinal));
    }
}
