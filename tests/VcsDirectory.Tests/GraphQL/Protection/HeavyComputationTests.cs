using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>Computations over the whole directory are priced by their work, capped per request, and computed once per request.</summary>
[Collection(SeededApi.Name)]
public sealed class HeavyComputationTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("{ detectNeedClusters { needsConsidered } }", 500)]
    [InlineData("{ mapLayer(layer: CLUSTERS) }", 500)]
    [InlineData("{ mentorSuggestions(organisationId: \"T3JnYW5pc2F0aW9uOjE=\") { score } }", 200)]
    public async Task A_computation_costs_its_documented_price(string query, double price)
    {
        var response = await _client.PostGraphQLAsync(query);

        Assert.Null(response.Errors);
        Assert.True(Cost(response) >= price, $"{Cost(response)} for {query}");
    }

    [Fact]
    public async Task Fifteen_aliases_of_the_same_detection_are_charged_and_computed_once()
    {
        // Both counts with the needs' snapshot warm: a cold one reads the needs once more.
        await _client.PostGraphQLAsync("{ detectNeedClusters { needsConsidered } }");
        factory.SqlStatements.Reset();
        var once = await _client.PostGraphQLAsync("{ a: detectNeedClusters { needsConsidered } }");
        var statementsOnce = factory.SqlStatements.Count;
        factory.SqlStatements.Reset();

        var fifteen = await _client.PostGraphQLAsync("{ " + string.Join(' ', Enumerable.Range(0, 15).Select(i => $"a{i}: detectNeedClusters {{ needsConsidered }}")) + " }");

        Assert.Null(fifteen.Errors);
        Assert.Equal(statementsOnce, factory.SqlStatements.Count);
        Assert.True(Cost(fifteen) < Cost(once) + 100, $"{Cost(once)} once, {Cost(fifteen)} fifteen times");
    }

    [Fact]
    public async Task More_distinct_computations_than_the_cap_are_refused_before_any_SQL()
    {
        factory.SqlStatements.Reset();

        var response = await _client.PostGraphQLAsync("{ " + string.Join(' ', Enumerable.Range(0, 4).Select(i => $"d{i}: detectNeedClusters(input: {{ epsMetres: {300 + i} }}) {{ needsConsidered }}")) + " }");

        Assert.Null(response.Data);
        Assert.Equal(["MAX_COMPUTATIONS"], response.ErrorCodes);
        Assert.Equal(0, factory.SqlStatements.Count);
    }

    private static double Cost(GraphQLResponse response) => response.Body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<double>();
}
