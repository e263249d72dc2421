using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Geography.GeoJson;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Detection;

/// <summary>What each detected cluster reports, checked against its own needs and against the committed dataset.</summary>
[Collection(SeededApi.Name)]
public sealed class DetectedClusterContentsTests(DirectoryApiFactory factory)
{
    private const string Detect = """
        query($input: DetectNeedClustersInput) {
          detectNeedClusters(input: $input) {
            clusters {
              number familiesAffected needCount needIds hull centroid { latitude longitude }
              dominantCategories { serviceCategory { code } share } wards { code }
              coverage {
                radiusKm score gaps { code }
                nearestCentre { centre { name } distanceKm isWithinRadius }
                categories { serviceCategory { code } share isGap providerCount offeredByNearestCentre }
                providers(first: 25) { totalCount nodes { distanceKm basis categories { code } organisation { name } } }
              }
            }
          }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_cluster_s_need_ids_are_needs_that_sum_to_its_families_inside_its_hull_and_in_its_wards()
    {
        var cluster = (await DetectAsync(new { epsMetres = 400 }))[0];
        var ids = cluster["needIds"]!.AsArray().Select(i => i!.GetValue<string>()).ToArray();

        var needs = (await _client.QueryDataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on IdentifiedNeed { familiesAffected ward { code } location { latitude longitude } } } }", new { ids }))["nodes"]!.AsArray();

        var hull = JsonSerializer.Deserialize<Geometry>(cluster["hull"]!.ToJsonString(), GeoJsonDocuments.SerializerOptions)!;
        Assert.Equal(cluster["needCount"]!.GetValue<int>(), needs.Count);
        Assert.Equal(cluster["familiesAffected"]!.GetValue<int>(), needs.Sum(n => n!["familiesAffected"]!.GetValue<int>()));
        Assert.All(needs, n => Assert.True(hull.Covers(Wgs84Geometry.Factory.CreatePoint(new Coordinate(n!["location"]!["longitude"]!.GetValue<double>(), n["location"]!["latitude"]!.GetValue<double>())))));
        Assert.Equal(needs.Select(n => n!["ward"]!["code"]!.GetValue<string>()).Distinct().Order(), cluster["wards"]!.AsArray().Select(w => w!["code"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Each_cluster_s_nearest_centre_is_the_nearest_of_the_dataset_s_located_centres()
    {
        var clusters = await DetectAsync(new { epsMetres = 400 });

        Assert.All(clusters, cluster =>
        {
            var at = new GeoPoint(cluster["centroid"]!["latitude"]!.GetValue<double>(), cluster["centroid"]!["longitude"]!.GetValue<double>());
            var nearest = TestDataset.Poole.ChildrensCentres.Where(c => c.Latitude is not null)
                .Select(c => (c.Name, Km: at.DistanceKmTo(new GeoPoint(c.Latitude!.Value, c.Longitude!.Value)))).MinBy(c => c.Km);
            var served = cluster["coverage"]!["nearestCentre"]!;
            Assert.Equal(nearest.Name, served["centre"]!["name"]!.GetValue<string>());
            Assert.Equal(nearest.Km, served["distanceKm"]!.GetValue<double>(), 3);
            Assert.Equal(nearest.Km <= 3, served["isWithinRadius"]!.GetValue<bool>());
        });
    }

    [Fact]
    public async Task Coverage_asks_for_the_dominant_categories_and_its_gaps_and_score_agree_with_them()
    {
        var clusters = await DetectAsync(new { epsMetres = 400, coverageRadiusKm = 1.5 });

        Assert.All(clusters, cluster =>
        {
            var coverage = cluster["coverage"]!;
            var categories = coverage["categories"]!.AsArray().Select(c => c!).ToList();
            Assert.Equal(1.5, coverage["radiusKm"]!.GetValue<double>());
            Assert.Equal(Codes(cluster["dominantCategories"]!), categories.Select(c => c["serviceCategory"]!["code"]!.GetValue<string>()));
            Assert.Equal(categories.Where(c => c["isGap"]!.GetValue<bool>()).Select(c => c["serviceCategory"]!["code"]!.GetValue<string>()), coverage["gaps"]!.AsArray().Select(g => g!["code"]!.GetValue<string>()));
            Assert.All(categories, c => Assert.Equal(c["providerCount"]!.GetValue<int>() == 0 && !c["offeredByNearestCentre"]!.GetValue<bool>(), c["isGap"]!.GetValue<bool>()));
            var covered = categories.Where(c => !c["isGap"]!.GetValue<bool>()).Sum(c => c["share"]!.GetValue<double>()) / categories.Sum(c => c["share"]!.GetValue<double>());
            Assert.Equal(covered, coverage["score"]!.GetValue<double>(), 9);
        });
    }

    [Fact]
    public async Task Providers_in_reach_are_nearest_first_and_each_has_its_reason()
    {
        var clusters = await DetectAsync(new { epsMetres = 400, coverageRadiusKm = 1.5 });

        Assert.All(clusters, cluster =>
        {
            var providers = cluster["coverage"]!["providers"]!["nodes"]!.AsArray().Select(p => p!).ToList();
            var distances = providers.Select(p => p["distanceKm"]?.GetValue<double>() ?? double.PositiveInfinity).ToList();
            Assert.Equal(distances.Order(), distances);
            Assert.All(providers, p => Assert.NotEmpty(p["categories"]!.AsArray()));
            Assert.All(providers, p =>
            {
                var basis = p["basis"]!.AsArray().Select(b => b!.GetValue<string>()).ToList();
                Assert.Equal(p["distanceKm"]?.GetValue<double>() <= 1.5, basis.Contains("WITHIN_RADIUS"));
                Assert.NotEmpty(basis);
            });
        });
    }

    [Fact]
    public async Task The_statements_a_detection_sends_do_not_grow_with_its_clusters()
    {
        // Warms the snapshots with options of its own: answers are kept per options, and both measured ones must be worked out.
        await DetectAsync(new { minFamilies = 149 });
        factory.SqlStatements.Reset();
        var few = await DetectAsync(new { minFamilies = 150 });
        var fewStatements = factory.SqlStatements.Count;

        factory.SqlStatements.Reset();
        var many = await DetectAsync(new { minFamilies = 4, epsMetres = 250 });
        var manyStatements = factory.SqlStatements.Count;

        Assert.True(few.Count > 0 && many.Count > few.Count * 4, $"{few.Count} and {many.Count} clusters do not differ enough to show anything.");
        Assert.Equal(fewStatements, manyStatements);
    }

    private async Task<List<JsonNode>> DetectAsync(object input) =>
        (await _client.QueryDataAsync(Detect, new { input }))["detectNeedClusters"]!["clusters"]!.AsArray().Select(c => c!).ToList();

    private static List<string> Codes(JsonNode shares) => shares.AsArray().Select(s => s!["serviceCategory"]!["code"]!.GetValue<string>()).ToList();
}
