using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Provision;

[Collection(SeededApi.Name)]
public sealed class BoroughCoverageQueryTests(DirectoryApiFactory factory)
{
    private const string Borough = """
        query($categories: [String!], $wards: [String!], $onlyUnserved: Boolean) {
          boroughCoverage(serviceCategories: $categories, wards: $wards) {
            serviceCategories { code } wards { code } unservedCellCount familiesWithoutWard
            cells(onlyUnserved: $onlyUnserved) { serviceCategory { code } ward { code } familiesInNeed providerCount isUnserved }
          }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Each_cell_holds_the_families_in_need_beside_the_organisations_serving_it()
    {
        var borough = await BoroughAsync(new { });

        var cells = borough["cells"]!.AsArray().Select(c => c!).ToList();
        Assert.Equal(borough["serviceCategories"]!.AsArray().Count * borough["wards"]!.AsArray().Count, cells.Count);
        Assert.All(cells, cell =>
        {
            var (category, ward) = (cell["serviceCategory"]!["code"]!.GetValue<string>(), cell["ward"]!["code"]!.GetValue<string>());
            var families = TestDataset.Poole.IdentifiedNeeds.Where(n => n.Service == category && n.Ward == ward).Sum(n => n.FamiliesAffected);
            var providers = TestDataset.Poole.Organisations.Count(o => o.Services.Contains(category) && o.Wards.Contains(ward));
            Assert.Equal((families, providers), (cell["familiesInNeed"]!.GetValue<int>(), cell["providerCount"]!.GetValue<int>()));
            Assert.Equal(families > 0 && providers == 0, cell["isUnserved"]!.GetValue<bool>());
        });
    }

    [Fact]
    public async Task Rows_and_columns_are_the_categories_and_wards_asked_for()
    {
        var borough = await BoroughAsync(new { categories = new[] { "SEND", "YOUTH" }, wards = new[] { "POOLE_TOWN", "ALDERNEY", "NEWTOWN" } });

        Assert.Equal(["SEND", "YOUTH"], borough["serviceCategories"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order());
        Assert.Equal(["ALDERNEY", "NEWTOWN", "POOLE_TOWN"], borough["wards"]!.AsArray().Select(w => w!["code"]!.GetValue<string>()).Order());
        Assert.Equal(6, borough["cells"]!.AsArray().Count);
    }

    [Fact]
    public async Task Only_the_unserved_cells_come_back_when_asked_and_they_are_counted()
    {
        var borough = await BoroughAsync(new { onlyUnserved = true });

        var cells = borough["cells"]!.AsArray();
        Assert.All(cells, c => Assert.True(c!["isUnserved"]!.GetValue<bool>()));
        Assert.Equal(cells.Count, borough["unservedCellCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_ward_is_an_invalid_argument()
    {
        var response = await _client.PostGraphQLAsync(Borough, new { wards = new[] { "ATLANTIS" } });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    private async Task<JsonNode> BoroughAsync(object variables) => (await _client.QueryDataAsync(Borough, variables))["boroughCoverage"]!;
}
