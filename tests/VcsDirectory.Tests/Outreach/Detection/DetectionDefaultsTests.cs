using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Detection;

[Collection(SeededApi.Name)]
public sealed class DetectionDefaultsTests(DirectoryApiFactory factory)
{
    private const string Detect = """
        query($input: DetectNeedClustersInput) {
          detectNeedClusters(input: $input) {
            options { epsMetres minFamilies chosenFromData }
            clusters { number centroid { latitude longitude } }
          }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Without_a_radius_or_minimum_both_are_chosen_from_the_needs_and_reported()
    {
        var options = (await DetectAsync(null))["options"]!;

        Assert.True(options["chosenFromData"]!.GetValue<bool>());
        Assert.InRange(options["epsMetres"]!.GetValue<double>(), 260, 500);
        Assert.True(options["minFamilies"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task With_the_chosen_defaults_the_six_largest_clusters_are_the_six_the_seed_planted()
    {
        var clusters = (await DetectAsync(null))["clusters"]!.AsArray();

        var found = clusters.Take(6).Select(c => SeedClusters.NearestTo(c!["centroid"]!)).ToList();

        Assert.Equal(SeedClusters.All.Select(s => s.Name).Order(), found.Select(f => f.Name).Order());
        Assert.All(found, f => Assert.True(f.Km < 1, $"{f.Name} is {f.Km:0.00} km from the nearest detected centroid."));
    }

    [Theory]
    [InlineData("epsMetres", 300.0, 300.0, 12)]
    [InlineData("minFamilies", 20, 400.0, 20)]
    public async Task Given_either_value_the_other_takes_its_fixed_default_and_nothing_is_chosen(string field, object value, double eps, int min)
    {
        var options = (await DetectAsync(new Dictionary<string, object> { [field] = value }))["options"]!;

        Assert.Equal((eps, min, false), (options["epsMetres"]!.GetValue<double>(), options["minFamilies"]!.GetValue<int>(), options["chosenFromData"]!.GetValue<bool>()));
    }

    private async Task<JsonNode> DetectAsync(object? input) => (await _client.QueryDataAsync(Detect, new { input }))["detectNeedClusters"]!;
}
