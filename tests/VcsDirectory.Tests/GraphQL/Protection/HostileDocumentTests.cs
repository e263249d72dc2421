using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>Documents of a few hundred bytes that used to cost far more than they were charged: refused before any SQL.</summary>
[Collection(SeededApi.Name)]
public sealed class HostileDocumentTests(DirectoryApiFactory factory)
{
    private static readonly string IntrospectionFolder = Path.Combine(RepositoryPaths.Root, "tests", "VcsDirectory.Tests", "GraphQL", "Protection", "Introspection");
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Introspection_nesting_interfaces_and_possible_types_three_lists_deep_is_refused(int levels)
    {
        factory.SqlStatements.Reset();
        var inner = "name";
        for (var i = 0; i < levels; i++)
        {
            inner = $"interfaces {{ name possibleTypes {{ name {inner} }} }}";
        }

        var response = await _client.PostGraphQLAsync("{ __schema { types { " + inner + " } } }");

        Assert.Null(response.Data);
        Assert.Equal(["MAX_DEPTH"], response.ErrorCodes);
        Assert.Equal(0, factory.SqlStatements.Count);
    }

    [Theory]
    [InlineData("graphql-js-16.graphql")]
    [InlineData("graphiql-3.graphql")]
    public async Task The_standard_introspection_queries_of_graphql_js_and_GraphiQL_pass_and_are_charged(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(IntrospectionFolder, file));

        var response = await _client.PostGraphQLAsync(query);

        Assert.True(response.Errors is null, response.ToString());
        Assert.NotEmpty(response.Data!["__schema"]!["types"]!.AsArray());
        var cost = response.Body["extensions"]!["cost"]!;
        var charged = cost["requestedQueryCost"]!.GetValue<double>();
        Assert.True(charged > 0);
        // Charged by what it lists, yet with room for the schema to grow fivefold before GraphiQL or codegen is refused
        // (at full price the 272 types of today already cost 48,277 of 50,000).
        Assert.True(charged <= cost["maximumAvailable"]!.GetValue<double>() / 5, response.Body["extensions"]!.ToJsonString());
    }

    [Fact]
    public async Task Introspection_is_charged_a_cost()
    {
        var response = await _client.PostGraphQLAsync("{ __schema { types { name fields { name } } } }");

        Assert.True(response.Body["extensions"]?["cost"]?["requestedQueryCost"]?.GetValue<double>() > 0, response.ToString());
    }

    [Theory]
    [InlineData(12)]
    [InlineData(24)]
    public async Task Fragments_spread_twice_a_level_are_refused_by_their_expanded_field_count(int levels)
    {
        factory.SqlStatements.Reset();

        var response = await _client.PostGraphQLAsync(FragmentBomb(levels));

        Assert.Null(response.Data);
        Assert.Equal(["MAX_FIELDS"], response.ErrorCodes);
        Assert.Equal(0, factory.SqlStatements.Count);
    }

    [Fact]
    public async Task Fragments_spread_twice_a_level_within_the_field_limit_still_run()
    {
        var response = await _client.PostGraphQLAsync(FragmentBomb(8));

        Assert.True(response.Errors is null, response.ToString());
    }

    [Fact]
    public async Task A_selection_deeper_than_the_parser_allows_is_a_400_MAX_DEPTH_with_a_sentence()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("organisations { nodes { ", 45)) + "name" + string.Concat(Enumerable.Repeat(" } }", 45)) + " }";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await _client.SendAsync(request);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MAX_DEPTH", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("deep", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    internal static string FragmentBomb(int levels) =>
        "query { ...F0 } " + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + $"fragment F{levels} on Query {{ __typename }}";
}
