using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.HotSpots;

[Collection(SeededApi.Name)]
public sealed class WardHotSpotQueryTests(DirectoryApiFactory factory)
{
    private const string HotSpots = """
        query($category: String!, $neighbourhood: HotSpotNeighbourhoodInput) {
          wardHotSpots(serviceCategory: $category, neighbourhood: $neighbourhood) { ward { code } familiesInNeed zScore neighbourCount bin confidencePercent }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_ward_gets_a_z_score_hottest_first_with_its_families_in_need()
    {
        var wards = await HotSpotsAsync("EARLY_YEARS", null);

        Assert.Equal(TestDataset.Poole.Wards.Select(w => w.Code).Order(), wards.Select(w => w["ward"]!["code"]!.GetValue<string>()).Order());
        Assert.Equal(wards.Select(w => w["zScore"]!.GetValue<double>()).OrderDescending(), wards.Select(w => w["zScore"]!.GetValue<double>()));
        Assert.All(wards, w => Assert.Equal(
            TestDataset.Poole.IdentifiedNeeds.Where(n => n.Service == "EARLY_YEARS" && n.Ward == w["ward"]!["code"]!.GetValue<string>()).Sum(n => n.FamiliesAffected),
            w["familiesInNeed"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_ward_s_bin_and_confidence_follow_its_z_score()
    {
        var wards = await HotSpotsAsync("SPEECH_LANGUAGE", null);

        Assert.All(wards, w =>
        {
            var z = Math.Abs(w["zScore"]!.GetValue<double>());
            int? expected = z >= 2.576 ? 99 : z >= 1.960 ? 95 : z >= 1.645 ? 90 : null;
            Assert.Equal(expected, w["confidencePercent"]?.GetValue<int>());
            Assert.Equal(expected is null, w["bin"]!.GetValue<string>() == "NOT_SIGNIFICANT");
        });
    }

    [Fact]
    public async Task With_k_nearest_neighbours_every_ward_has_k_neighbours_and_itself()
    {
        var wards = await HotSpotsAsync("SEND", new { nearest = 3 });

        Assert.All(wards, w => Assert.Equal(4, w["neighbourCount"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("NOT_A_CATEGORY", null, null)]
    [InlineData("SEND", 1.0, 3)]
    [InlineData("SEND", 0.0, null)]
    [InlineData("SEND", null, 0)]
    public async Task An_unknown_category_or_a_wrong_neighbourhood_is_an_invalid_argument(string category, double? withinKm, int? nearest)
    {
        var response = await _client.PostGraphQLAsync(HotSpots, new { category, neighbourhood = new { withinKm, nearest } });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    private async Task<List<JsonNode>> HotSpotsAsync(string category, object? neighbourhood) =>
        (await _client.QueryDataAsync(HotSpots, new { category, neighbourhood }))["wardHotSpots"]!.AsArray().Select(w => w!).ToList();
}
