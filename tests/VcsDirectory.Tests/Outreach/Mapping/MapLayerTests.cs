using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Features;
using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Tests.Geography.GeoJson;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Mapping;

[Collection(SeededApi.Name)]
public sealed class MapLayerTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> Layers => new()
    {
        { "CENTRES", "centres" },
        { "ORGANISATIONS", "organisations" },
        { "NEEDS", "needs" },
        { "CLUSTERS", "clusters" },
        { "OUTREACH_CLUSTERS", "outreach-clusters" },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public async Task Each_layer_from_the_GraphQL_field_is_an_RFC_7946_object_that_NetTopologySuite_reads_back(string layer, string _)
    {
        var served = await FieldAsync(layer);

        var json = served.ToJsonString();
        Assert.Empty(Rfc7946Check.Validate(json));
        Assert.NotEmpty(JsonSerializer.Deserialize<FeatureCollection>(json, GeoJsonDocuments.SerializerOptions)!);
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public async Task Each_layer_at_its_URL_is_the_same_GeoJSON_served_as_application_geo_json(string layer, string name)
    {
        using var response = await _client.GetAsync($"/geo/{name}.geojson");

        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Rfc7946Check.Validate(json));
        Assert.True(JsonNode.DeepEquals(await FieldAsync(layer), JsonNode.Parse(json)), "The URL and the GraphQL field serve different features.");
    }

    [Fact]
    public async Task Need_features_are_grid_cell_centres_that_together_hold_every_family()
    {
        var features = Features(await FieldAsync("NEEDS"));

        Assert.All(features, f =>
        {
            var (longitude, latitude) = (f["geometry"]!["coordinates"]![0]!.GetValue<double>(), f["geometry"]!["coordinates"]![1]!.GetValue<double>());
            Assert.Equal((NeedGrid.Snap(latitude), NeedGrid.Snap(longitude)), (latitude, longitude));
            Assert.Equal(["families", "familiesByCategory", "needCount"], f["properties"]!.AsObject().Select(p => p.Key).Order());
            Assert.Equal(f["properties"]!["families"]!.GetValue<int>(), f["properties"]!["familiesByCategory"]!.AsObject().Sum(c => c.Value!.GetValue<int>()));
        });
        Assert.Equal(features.Count, features.Select(f => f["geometry"]!.ToJsonString()).Distinct().Count());
        Assert.Equal(TestDataset.Poole.IdentifiedNeeds.Sum(n => n.FamiliesAffected), features.Sum(f => f["properties"]!["families"]!.GetValue<int>()));
        Assert.Equal(TestDataset.Poole.IdentifiedNeeds.Count, features.Sum(f => f["properties"]!["needCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Organisation_features_carry_public_fields_only_and_never_contact_details()
    {
        var layer = await FieldAsync("ORGANISATIONS");

        var features = Features(layer);
        var text = layer.ToJsonString();
        Assert.Equal(TestDataset.Poole.Organisations.Count(o => o.Latitude is not null), features.Count);
        Assert.All(features, f => Assert.Equal(["id", "kind", "name", "services", "sizeBand", "willingToMentor"], f["properties"]!.AsObject().Select(p => p.Key).Order()));
        Assert.DoesNotContain(
            TestDataset.Poole.Organisations.SelectMany(o => new[] { o.ContactEmail, o.ContactPhone }).OfType<string>(),
            contact => text.Contains(contact, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Centre_features_are_the_centres_with_a_known_location()
    {
        var features = Features(await FieldAsync("CENTRES"));

        Assert.Equal(TestDataset.Poole.ChildrensCentres.Where(c => c.Latitude is not null).Select(c => c.Name).Order(), features.Select(f => f["properties"]!["name"]!.GetValue<string>()).Order());
        Assert.All(features, f => Assert.Equal(["id", "locationPrecision", "name", "operator", "status2013"], f["properties"]!.AsObject().Select(p => p.Key).Order()));
    }

    [Fact]
    public async Task Cluster_features_are_the_hulls_of_the_clusters_detected_with_the_defaults()
    {
        var detected = (await _client.QueryDataAsync("{ detectNeedClusters { clusters { key } } }"))["detectNeedClusters"]!["clusters"]!.AsArray();

        var features = Features(await FieldAsync("CLUSTERS"));

        Assert.Equal(detected.Select(c => c!["key"]!.GetValue<string>()), features.Select(f => f["properties"]!["key"]!.GetValue<string>()));
        Assert.All(features, f => Assert.Equal("Polygon", f["geometry"]!["type"]!.GetValue<string>()));
        Assert.All(features, f => Assert.NotEmpty(f["properties"]!["dominantCategories"]!.AsArray()));
    }

    [Fact]
    public async Task Outreach_cluster_features_outline_the_needs_of_each_curated_cluster()
    {
        var features = Features(await FieldAsync("OUTREACH_CLUSTERS"));

        Assert.Equal(TestDataset.Poole.OutreachClusters.Select(c => c.Name).Order(), features.Select(f => f["properties"]!["name"]!.GetValue<string>()).Order());
        Assert.All(features, f => Assert.Equal(("Polygon", "NEEDS_HULL"), (f["geometry"]!["type"]!.GetValue<string>(), f["properties"]!["drawnAs"]!.GetValue<string>())));
    }

    [Fact]
    public async Task An_unknown_layer_is_404_with_a_JSON_error()
    {
        using var response = await _client.GetAsync("/geo/households.geojson");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("NOT_FOUND", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task GeoJSON_is_a_scalar_the_schema_documents()
    {
        var type = (await _client.QueryDataAsync("""{ __type(name: "GeoJSON") { kind description } }"""))["__type"]!;

        Assert.Equal("SCALAR", type["kind"]!.GetValue<string>());
        Assert.Contains("RFC 7946", type["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<JsonObject> FieldAsync(string layer) =>
        (await _client.QueryDataAsync("query($layer: MapLayer!) { mapLayer(layer: $layer) }", new { layer }))["mapLayer"]!.AsObject();

    private static List<JsonNode> Features(JsonNode collection) => collection["features"]!.AsArray().Select(f => f!).ToList();
}
