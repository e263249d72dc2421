using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Detection;

[Collection(SeededApi.Name)]
public sealed class DetectNeedClustersTests(DirectoryApiFactory factory)
{
    private const string Detect = """
        query($input: DetectNeedClustersInput) {
          detectNeedClusters(input: $input) {
            needsConsidered familiesConsidered
            clusters { key number familiesAffected needCount centroid { latitude longitude } dominantCategories { serviceCategory { code } share } }
          }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task With_a_400_metre_radius_the_six_largest_clusters_are_the_six_the_seed_planted_with_their_dominant_needs()
    {
        var clusters = await DetectAsync(new { epsMetres = 400 });

        var found = clusters.Take(6).Select(c => (Seed: SeedClusters.NearestTo(c["centroid"]!), Dominant: Codes(c["dominantCategories"]!))).ToList();

        Assert.Equal(SeedClusters.All.Select(s => s.Name).Order(), found.Select(f => f.Seed.Name).Order());
        Assert.All(found, f => Assert.True(f.Seed.Km < 1, $"{f.Seed.Name} is {f.Seed.Km:0.00} km from the nearest detected centroid."));
        Assert.All(found, f => Assert.Superset(SeedClusters.All.Single(s => s.Name == f.Seed.Name).Dominant.ToHashSet(), f.Dominant.ToHashSet()));
    }

    /// <remarks>At 600 m background need links Alderney, Branksome West and Newtown (about 1.5 km apart) into one cluster.</remarks>
    [Fact]
    public async Task With_the_defaults_the_four_largest_clusters_lie_within_a_kilometre_of_where_the_seed_put_need()
    {
        var clusters = await DetectAsync(null);

        Assert.All(clusters.Take(4), c => Assert.True(SeedClusters.NearestTo(c["centroid"]!).Km < 1, $"Cluster {c["number"]} is far from every seed cluster."));
        Assert.Equal(Enumerable.Range(1, clusters.Count), clusters.Select(c => c["number"]!.GetValue<int>()));
        Assert.Equal(clusters.Select(c => c["familiesAffected"]!.GetValue<int>()).OrderDescending(), clusters.Select(c => c["familiesAffected"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Without_filters_every_need_is_considered()
    {
        var data = await _client.QueryDataAsync(Detect);

        var detection = data["detectNeedClusters"]!;
        Assert.Equal(TestDataset.Poole.IdentifiedNeeds.Count, detection["needsConsidered"]!.GetValue<int>());
        Assert.Equal(TestDataset.Poole.IdentifiedNeeds.Sum(n => n.FamiliesAffected), detection["familiesConsidered"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("SEND", null, null)]
    [InlineData(null, "POOLE_TOWN,HAMWORTHY_WEST", null)]
    [InlineData(null, null, "2026-06-01")]
    [InlineData("DEBT_WELFARE,PARENTING_SUPPORT", "HAMWORTHY_WEST", "2026-03-01")]
    public async Task Categories_wards_and_a_first_day_select_the_needs_considered(string? categories, string? wards, string? since)
    {
        var input = new { serviceCategories = categories?.Split(','), wards = wards?.Split(','), recordedSince = since };

        var data = await _client.QueryDataAsync(Detect, new { input });

        var expected = TestDataset.Poole.IdentifiedNeeds.Count(n =>
            (categories is null || categories.Split(',').Contains(n.Service)) &&
            (wards is null || wards.Split(',').Contains(n.Ward)) &&
            (since is null || n.RecordedOn >= DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, data["detectNeedClusters"]!["needsConsidered"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_same_needs_give_the_same_clusters_and_keys_in_every_request()
    {
        var first = await DetectAsync(new { epsMetres = 400 });
        var second = await DetectAsync(new { epsMetres = 400 });

        Assert.Equal(first.Select(c => c["key"]!.GetValue<string>()), second.Select(c => c["key"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("epsMetres", 49.0, "input.epsMetres")]
    [InlineData("epsMetres", 5001.0, "input.epsMetres")]
    [InlineData("minFamilies", 0, "input.minFamilies")]
    [InlineData("minFamilies", 10001, "input.minFamilies")]
    [InlineData("coverageRadiusKm", 0.05, "input.coverageRadiusKm")]
    [InlineData("coverageRadiusKm", 50.5, "input.coverageRadiusKm")]
    [InlineData("serviceCategories", "NOT_A_CATEGORY", "input.serviceCategories")]
    [InlineData("wards", "ATLANTIS", "input.wards")]
    public async Task A_value_out_of_range_or_an_unknown_code_is_an_invalid_argument_naming_it(string field, object value, string named)
    {
        var input = new Dictionary<string, object> { [field] = field is "serviceCategories" or "wards" ? new[] { value } : value };

        var response = await _client.PostGraphQLAsync(Detect, new { input });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains($"'{named}'", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<List<JsonNode>> DetectAsync(object? input) =>
        (await _client.QueryDataAsync(Detect, new { input }))["detectNeedClusters"]!["clusters"]!.AsArray().Select(c => c!).ToList();

    private static List<string> Codes(JsonNode shares) => shares.AsArray().Select(s => s!["serviceCategory"]!["code"]!.GetValue<string>()).ToList();
}
