using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Paging;

[Collection(SeededApi.Name)]
public sealed class ConnectionPagingTests(DirectoryApiFactory factory)
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          organisations(first: $first, after: $after, last: $last, before: $before, order: [{ name: ASC }]) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id name } }
            nodes { id }
          }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Paging_forwards_visits_every_organisation_once_in_order()
    {
        var seen = new List<string>();
        string? after = null;
        bool hasNext;
        do
        {
            var page = (await _client.QueryDataAsync(Page, new { first = 40, after }))["organisations"]!;
            seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()));
            hasNext = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        while (hasNext);

        Assert.Equal(TestDataset.Poole.Organisations.Count, seen.Count);
        Assert.Equal(TestDataset.Poole.Organisations.Select(o => o.Name).Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Paging_backwards_from_the_end_gives_the_last_nodes_in_list_order()
    {
        var all = TestDataset.Poole.Organisations.Select(o => o.Name).Order(StringComparer.Ordinal).ToList();

        var last = (await _client.QueryDataAsync(Page, new { last = 5 }))["organisations"]!;
        var before = (await _client.QueryDataAsync(Page, new { last = 5, before = last["pageInfo"]!["startCursor"]!.GetValue<string>() }))["organisations"]!;

        Assert.Equal(all[^5..], Names(last));
        Assert.Equal(all[^10..^5], Names(before));
        Assert.False(last["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(before["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Without_totalCount_the_pages_are_the_same_and_the_last_one_says_so()
    {
        const string Lean = "query($after: String) { organisations(first: 40, after: $after, order: [{ name: ASC }]) { pageInfo { hasNextPage hasPreviousPage endCursor } nodes { name } } }";
        var names = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await _client.QueryDataAsync(Lean, new { after }))["organisations"]!;
            names.AddRange(page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            Assert.Equal(pages++ > 0, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(TestDataset.Poole.Organisations.Select(o => o.Name).Order(StringComparer.Ordinal), names);
        Assert.Equal((TestDataset.Poole.Organisations.Count + 39) / 40, pages);
    }

    [Fact]
    public async Task Without_first_or_last_a_page_holds_the_default_twenty()
    {
        var page = (await _client.QueryDataAsync(Page))["organisations"]!;

        Assert.Equal(20, page["nodes"]!.AsArray().Count);
        Assert.Equal(TestDataset.Poole.Organisations.Count, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_page_above_one_hundred_is_refused_with_a_clear_error()
    {
        var response = await _client.PostGraphQLAsync(Page, new { first = 101 });

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], response.ErrorCodes);
        Assert.Contains("at most 100", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("organisations", response.Errors[0]!["path"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(5, 5)]
    public async Task Negative_or_combined_first_and_last_are_refused(int? first, int? last)
    {
        var response = await _client.PostGraphQLAsync(Page, new { first, last });

        Assert.Equal(["INVALID_PAGING_ARGUMENTS"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("T3JnYW5pc2F0aW9uOjE=")]
    public async Task A_cursor_the_API_did_not_issue_is_refused(string after)
    {
        var response = await _client.PostGraphQLAsync(Page, new { first = 5, after });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [Fact]
    public async Task Nested_relations_are_connections_too()
    {
        var data = await _client.QueryDataAsync("""
            { wards(where: { name: { eq: "Alderney" } }) { nodes { organisations(first: 2) { totalCount pageInfo { hasNextPage } nodes { name } } } } }
            """);
        var organisations = data["wards"]!["nodes"]![0]!["organisations"]!;
        var expected = TestDataset.Poole.Organisations.Count(o => o.Wards.Contains("ALDERNEY"));

        Assert.Equal(expected, organisations["totalCount"]!.GetValue<int>());
        Assert.Equal(Math.Min(2, expected), organisations["nodes"]!.AsArray().Count);
    }

    private static List<string> Names(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()).ToList();
}
