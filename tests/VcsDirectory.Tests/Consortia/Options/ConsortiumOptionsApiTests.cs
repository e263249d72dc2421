using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Consortia.Options;

/// <summary>consortiumOptions over HTTP on the demo data: every real centre answers both kinds, with reasons, or says why it cannot.</summary>
[Collection(SeededApi.Name)]
public sealed class ConsortiumOptionsApiTests(DirectoryApiFactory factory)
{
    private const string Query = """
        query($input: ConsortiumOptionsInput!) {
          consortiumOptions(input: $input) {
            centre { name } kind requiredCategories candidateCount noConsortiumReason
            alternatives {
              rank lead { databaseId } summary
              members { organisation { databaseId } role coveredCategories qualifications choice }
              uncoveredCategories { category explanation }
              objective { coveredCategories members wardPairs }
            }
          }
        }
        """;

    public static TheoryData<int, string> CentresAndKinds()
    {
        var data = new TheoryData<int, string>();
        foreach (var centre in Enumerable.Range(1, 8))
        {
            data.Add(centre, "COMMUNITY");
            data.Add(centre, "LEAD_PARTNER");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CentresAndKinds))]
    public async Task Each_real_centre_answers_both_kinds_with_reasons_or_says_why_not(int centre, string kind)
    {
        var options = await OptionsAsync(new { centreId = GlobalId.Encode("ChildrensCentre", centre), kind });

        var alternatives = options["alternatives"]!.AsArray();
        Assert.True(alternatives.Count > 0 || !string.IsNullOrWhiteSpace(options["noConsortiumReason"]?.GetValue<string>()), options.ToJsonString());
        Assert.All(alternatives, alternative =>
        {
            var members = alternative!["members"]!.AsArray();
            Assert.Equal(alternative["lead"]!["databaseId"]!.GetValue<int>(), members[0]!["organisation"]!["databaseId"]!.GetValue<int>());
            Assert.Equal(members.Count, alternative["objective"]!["members"]!.GetValue<int>());
            Assert.All(members, m => Assert.NotEmpty(m!["qualifications"]!.AsArray()));
            var covered = members.SelectMany(m => m!["coveredCategories"]!.AsArray().Select(c => c!.GetValue<string>())).ToHashSet();
            var uncovered = alternative["uncoveredCategories"]!.AsArray().Select(u => u!["category"]!.GetValue<string>());
            Assert.Equal(options["requiredCategories"]!.AsArray().Select(c => c!.GetValue<string>()).Order(), covered.Concat(uncovered).Order());
        });
    }

    [Fact]
    public async Task Alternatives_come_best_first_by_the_lexicographic_objective()
    {
        var options = await OptionsAsync(new { centreId = GlobalId.Encode("ChildrensCentre", 2), kind = "COMMUNITY", first = 5 });

        var objectives = options["alternatives"]!.AsArray().Select(a => a!["objective"]!).Select(o => (
            o["coveredCategories"]!.GetValue<int>(), -o["members"]!.GetValue<int>(), o["wardPairs"]!.GetValue<int>())).ToList();

        Assert.NotEmpty(objectives);
        Assert.Equal(objectives.OrderByDescending(o => o).ToList(), objectives);
    }

    [Fact]
    public async Task The_centre_without_a_location_works_through_its_reach_wards_or_says_why()
    {
        var centres = (await factory.CreateClient().QueryDataAsync("{ childrensCentres(first: 20) { nodes { id name location { latitude } } } }"))["childrensCentres"]!["nodes"]!.AsArray();
        var unlocated = centres.Single(c => c!["location"] is null)!;

        var options = await OptionsAsync(new { centreId = unlocated["id"]!.GetValue<string>(), kind = "COMMUNITY", radiusKm = 20.0 });

        Assert.Contains("Ted Webster", unlocated["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(options["alternatives"]!.AsArray().Count > 0 || options["noConsortiumReason"]!.GetValue<string>().Contains("reach ward", StringComparison.Ordinal), options.ToJsonString());
        Assert.All(options["alternatives"]!.AsArray().SelectMany(a => a!["members"]!.AsArray()), m =>
            Assert.Contains(m!["qualifications"]!.AsArray(), q => q!.GetValue<string>().Contains("reach ward", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(-1.0, 3)]
    [InlineData(500.0, 3)]
    [InlineData(3.0, 0)]
    [InlineData(3.0, 1000)]
    public async Task A_radius_or_count_out_of_bounds_is_an_invalid_argument(double radiusKm, int first)
    {
        var response = await factory.CreateClient().PostGraphQLAsync(Query, new { input = new { centreId = GlobalId.Encode("ChildrensCentre", 1), kind = "COMMUNITY", radiusKm, first } });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_unknown_centre_is_not_found()
    {
        var response = await factory.CreateClient().PostGraphQLAsync(Query, new { input = new { centreId = GlobalId.Encode("ChildrensCentre", 999), kind = "COMMUNITY" } });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    private async Task<JsonNode> OptionsAsync(object input) =>
        (await factory.CreateClient().QueryDataAsync(Query, new { input }))["consortiumOptions"]!;
}
