using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Paging;

/// <summary>A nested connection reads one page per parent, yet pages exactly as its whole list would, both ways.</summary>
[Collection(SeededApi.Name)]
public sealed class NestedConnectionPagingTests(DirectoryApiFactory factory)
{
    private const string Forwards = """
        query($after: String) { wards(first: 16) { nodes { code
          organisations(first: 3, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } } } } } }
        """;

    private const string Backwards = """
        query($code: String!, $before: String) { wards(where: { code: { eq: $code } }) { nodes {
          organisations(last: 3, before: $before, order: [{ name: DESC }]) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor } nodes { name } } } } }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Paging_every_wards_organisations_forwards_with_one_cursor_visits_each_list_once_in_order()
    {
        var seen = new Dictionary<string, List<string>>();
        string? after = null;
        for (var round = 0; round < 100; round++)
        {
            var wards = (await _client.QueryDataAsync(Forwards, new { after }))["wards"]!["nodes"]!.AsArray();
            foreach (var ward in wards)
            {
                var page = ward!["organisations"]!;
                seen.TryAdd(ward["code"]!.GetValue<string>(), []);
                seen[ward["code"]!.GetValue<string>()].AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()));
                if (page["edges"]!.AsArray().Count > 0)
                {
                    Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
                }
            }

            // Cursors are positions in each list, so one cursor moves every ward's list on by a page.
            var next = wards.Select(w => w!["organisations"]!).FirstOrDefault(p => p["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            if (next is null)
            {
                break;
            }

            after = next["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        foreach (var (code, names) in seen)
        {
            Assert.Equal(OrganisationsIn(code).Order(StringComparer.Ordinal), names);
        }
    }

    [Theory]
    [InlineData("ALDERNEY")]
    [InlineData("PARKSTONE")]
    [InlineData("HAMWORTHY_WEST")]
    public async Task Paging_a_wards_organisations_backwards_in_a_chosen_order_visits_its_list_once(string code)
    {
        var seen = new List<string>();
        string? before = null;
        JsonNode page;
        do
        {
            page = (await _client.QueryDataAsync(Backwards, new { code, before }))["wards"]!["nodes"]![0]!["organisations"]!;
            seen.InsertRange(0, page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            Assert.Equal(OrganisationsIn(code).Count, page["totalCount"]!.GetValue<int>());
            Assert.Equal(before is not null, page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            before = page["pageInfo"]!["startCursor"]?.GetValue<string>();
        }
        while (page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        Assert.Equal(OrganisationsIn(code).OrderDescending(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task The_wards_of_more_organisations_than_a_statement_has_branches_for_page_as_each_whole_list()
    {
        var first = RelationPage.MaxBranches + 18;
        var organisations = (await _client.QueryDataAsync($$"""
            { organisations(first: {{first}}) { nodes { name
                head: wards(first: 2) { totalCount pageInfo { hasNextPage } nodes { name } }
                tail: wards(last: 1) { pageInfo { hasPreviousPage } nodes { name } } } } }
            """))["organisations"]!["nodes"]!.AsArray();

        Assert.Equal(first, organisations.Count);
        foreach (var organisation in organisations)
        {
            var record = TestDataset.Poole.Organisations.Single(o => o.Name == organisation!["name"]!.GetValue<string>());
            var wards = TestDataset.Poole.Wards.Where(w => record.Wards.Contains(w.Code)).Select(w => w.Name).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(wards.Count, organisation!["head"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(wards.Take(2), organisation["head"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            Assert.Equal(wards.Count > 2, organisation["head"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.Equal(wards.TakeLast(1), organisation["tail"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            Assert.Equal(wards.Count > 1, organisation["tail"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task A_page_as_long_as_every_ward_reads_each_organisations_whole_list_and_pages_it_the_same()
    {
        var first = RelationPage.MaxBranches + 18;
        var everyWard = TestDataset.Poole.Wards.Count;
        factory.SqlStatements.Reset();
        var organisations = (await _client.QueryDataAsync($$"""
            { organisations(first: {{first}}) { nodes { name
                head: wards(first: {{everyWard}}) { totalCount pageInfo { hasNextPage } nodes { name } }
                skipped: wards(first: {{everyWard}}, after: "{{Cursor.Encode(0)}}") { nodes { name } }
                tail: wards(last: {{everyWard}}) { totalCount pageInfo { hasPreviousPage } nodes { name } } } } }
            """))["organisations"]!["nodes"]!.AsArray();

        foreach (var organisation in organisations)
        {
            var record = TestDataset.Poole.Organisations.Single(o => o.Name == organisation!["name"]!.GetValue<string>());
            var wards = TestDataset.Poole.Wards.Where(w => record.Wards.Contains(w.Code)).Select(w => w.Name).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(wards.Count, organisation!["head"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(wards, organisation["head"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            Assert.False(organisation["head"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.Equal(wards.Skip(1), organisation["skipped"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            Assert.Equal(wards, organisation["tail"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            Assert.False(organisation["tail"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        }

        // Four plain statements (organisations, then one per alias); no ranking, no separate count.
        Assert.Equal(4, factory.SqlStatements.Count);
        Assert.DoesNotContain(factory.SqlStatements.Texts, text => text.Contains("ROW_NUMBER", StringComparison.OrdinalIgnoreCase));
        var linked = organisations.Sum(o => TestDataset.Poole.Organisations.Single(r => r.Name == o!["name"]!.GetValue<string>()).Wards.Count);
        // The root page reads one organisation more, to know whether another page follows.
        Assert.True(factory.SqlStatements.Rows <= first + 1 + 3 * linked, $"Read {factory.SqlStatements.Rows} rows for {first} organisations linked to {linked} wards.");
    }

    private static List<string> OrganisationsIn(string code) =>
        TestDataset.Poole.Organisations.Where(o => o.Wards.Contains(code)).Select(o => o.Name).ToList();
}
