using System.Text.Json.Nodes;
using VcsDirectory.Api.Geography;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Provision;

[Collection(SeededApi.Name)]
public sealed class OutreachClusterCoverageTests(DirectoryApiFactory factory)
{
    private const string Clusters = """
        query($first: Int, $radius: Float) {
          outreachClusters(first: $first, order: [{ name: ASC }]) {
            nodes {
              name
              coverage(radiusKm: $radius) {
                radiusKm score gaps { code }
                nearestCentre { centre { name } distanceKm isWithinRadius }
                categories { serviceCategory { code } share }
                providers(first: 5) { totalCount nodes { organisation { name } basis } }
              }
            }
          }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_curated_cluster_asks_for_the_categories_holding_a_tenth_of_its_needs_families()
    {
        var clusters = await ClustersAsync(first: 10);

        Assert.Equal(TestDataset.Poole.OutreachClusters.Count, clusters.Count);
        Assert.All(clusters, cluster =>
        {
            var key = TestDataset.Poole.OutreachClusters.Single(c => c.Name == cluster["name"]!.GetValue<string>()).Key;
            var needs = TestDataset.Poole.IdentifiedNeeds.Where(n => n.Cluster == key).ToList();
            var ranked = needs.GroupBy(n => n.Service)
                .Select(g => (Code: g.Key, Share: (double)g.Sum(n => n.FamiliesAffected) / needs.Sum(n => n.FamiliesAffected)))
                .OrderByDescending(c => c.Share).ThenBy(c => TestDataset.Poole.ServiceCategories.ToList().FindIndex(t => t.Code == c.Code)).ToList();
            var expected = ranked.Where((c, i) => i == 0 || c.Share >= 0.10).Select(c => c.Code);
            Assert.Equal(expected, cluster["coverage"]!["categories"]!.AsArray().Select(c => c!["serviceCategory"]!["code"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task A_curated_cluster_s_nearest_centre_is_measured_from_its_own_centroid()
    {
        var clusters = await ClustersAsync(first: 10);

        Assert.All(clusters, cluster =>
        {
            var record = TestDataset.Poole.OutreachClusters.Single(c => c.Name == cluster["name"]!.GetValue<string>());
            var at = new GeoPoint(record.CentroidLatitude, record.CentroidLongitude);
            var nearest = TestDataset.Poole.ChildrensCentres.Where(c => c.Latitude is not null)
                .Select(c => (c.Name, Km: at.DistanceKmTo(new GeoPoint(c.Latitude!.Value, c.Longitude!.Value)))).MinBy(c => c.Km);
            Assert.Equal(nearest.Name, cluster["coverage"]!["nearestCentre"]!["centre"]!["name"]!.GetValue<string>());
            Assert.Equal(nearest.Km, cluster["coverage"]!["nearestCentre"]!["distanceKm"]!.GetValue<double>(), 3);
        });
    }

    [Fact]
    public async Task A_smaller_radius_reaches_fewer_organisations()
    {
        var wide = await ClustersAsync(first: 10, radius: 5);
        var narrow = await ClustersAsync(first: 10, radius: 0.5);

        Assert.All(wide.Zip(narrow), pair =>
        {
            Assert.Equal(0.5, pair.Second["coverage"]!["radiusKm"]!.GetValue<double>());
            Assert.True(Providers(pair.First) >= Providers(pair.Second));
        });
        Assert.True(wide.Sum(Providers) > narrow.Sum(Providers));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(60.0)]
    public async Task A_radius_out_of_range_is_an_invalid_argument(double radius)
    {
        var response = await _client.PostGraphQLAsync(Clusters, new { first = 1, radius });

        Assert.Contains("INVALID_ARGUMENT", response.ErrorCodes);
    }

    [Fact]
    public async Task Coverage_of_every_cluster_on_a_page_takes_as_many_statements_as_of_one()
    {
        await ClustersAsync(first: 1);
        factory.SqlStatements.Reset();
        await ClustersAsync(first: 1);
        var one = factory.SqlStatements.Count;

        factory.SqlStatements.Reset();
        await ClustersAsync(first: 6);

        Assert.Equal(one, factory.SqlStatements.Count);
    }

    private async Task<List<JsonNode>> ClustersAsync(int first, double radius = 3) =>
        (await _client.QueryDataAsync(Clusters, new { first, radius }))["outreachClusters"]!["nodes"]!.AsArray().Select(c => c!).ToList();

    private static int Providers(JsonNode cluster) => cluster["coverage"]!["providers"]!["totalCount"]!.GetValue<int>();
}
