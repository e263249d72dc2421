using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Nodes;

[Collection(SeededApi.Name)]
public sealed class GlobalIdentificationTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("organisations", "Organisation")]
    [InlineData("childrensCentres", "ChildrensCentre")]
    [InlineData("outreachClusters", "OutreachCluster")]
    [InlineData("identifiedNeeds", "IdentifiedNeed")]
    [InlineData("wards", "Ward")]
    [InlineData("capacityAreas", "CapacityArea")]
    [InlineData("serviceCategories", "ServiceCategory")]
    [InlineData("engagementEvents", "EngagementEvent")]
    [InlineData("programmeThemes", "ProgrammeTheme")]
    public async Task Every_node_type_round_trips_through_node(string list, string typeName)
    {
        var id = (await _client.QueryDataAsync($"{{ {list}(first: 1) {{ nodes {{ id }} }} }}"))[list]!["nodes"]![0]!["id"]!.GetValue<string>();

        var node = (await _client.QueryDataAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id }))["node"]!;

        Assert.Equal(typeName, node["__typename"]!.GetValue<string>());
        Assert.Equal(id, node["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_come_back_in_the_order_asked_with_null_for_missing_ones()
    {
        var ids = (await _client.QueryDataAsync("{ organisations(first: 3) { nodes { id } } wards(first: 1) { nodes { id } } }"));
        var org = ids["organisations"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        var ward = ids["wards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var missing = Convert.ToBase64String("Organisation:999999"u8.ToArray());

        var nodes = (await _client.QueryDataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { org[2], ward, missing, org[0] } }))["nodes"]!.AsArray();

        Assert.Equal([org[2], ward, null, org[0]], nodes.Select(n => n?["id"]?.GetValue<string>()));
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("T3JnYW5pc2F0aW9u")]
    [InlineData("VW5rbm93blR5cGU6MQ==")]
    public async Task A_malformed_or_unknown_id_is_a_clear_error(string id)
    {
        var response = await _client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task An_id_of_another_type_is_refused_where_one_type_is_expected()
    {
        var ward = (await _client.QueryDataAsync("{ wards(first: 1) { nodes { id } } }"))["wards"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var response = await _client.PostGraphQLAsync("query($id: ID!) { organisation(id: $id) { name } }", new { id = ward });

        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
        Assert.Contains("not of a Ward", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_one_hundred_ids_are_refused()
    {
        var ids = Enumerable.Range(1, 101).Select(i => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Organisation:{i}"))).ToArray();

        var response = await _client.PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(["TOO_MANY_IDS"], response.ErrorCodes);
    }
}
