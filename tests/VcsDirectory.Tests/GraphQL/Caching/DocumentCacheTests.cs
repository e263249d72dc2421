using System.Net;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Caching;

/// <summary>A cached document skips parsing and document-level validation, never the checks that depend on the request.</summary>
[Collection(SeededApi.Name)]
public sealed class DocumentCacheTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_cost_is_checked_and_reported_for_every_variable_set_of_a_cached_document()
    {
        const string Query = "query($n: Int!) { organisations(first: $n) { nodes { wards(first: $n) { nodes { organisations(first: $n) { nodes { name wards { totalCount } } } } } } } }";

        var small = await _client.PostGraphQLAsync(Query, new { n = 2 });
        var smallAgain = await _client.PostGraphQLAsync(Query, new { n = 2 });
        var huge = await _client.PostGraphQLAsync(Query, new { n = 100 });

        Assert.Null(small.Errors);
        Assert.Equal(small.Body["extensions"]!["cost"]!.ToJsonString(), smallAgain.Body["extensions"]!["cost"]!.ToJsonString());
        Assert.Null(huge.Data);
        Assert.NotEmpty(huge.ErrorCodes);
    }

    [Fact]
    public async Task A_document_without_variables_keeps_its_cost_and_is_priced_out_every_time()
    {
        const string Cheap = "{ organisations(first: 3) { nodes { name wards(first: 4) { nodes { name } } } } }";
        const string Dear = "{ organisations(first: 100) { nodes { wards(first: 100) { nodes { organisations(first: 100) { nodes { name } } } } } } }";

        var first = await _client.PostGraphQLAsync(Cheap);
        var cached = await _client.PostGraphQLAsync(Cheap);
        var dear = await _client.PostGraphQLAsync(Dear);
        var dearAgain = await _client.PostGraphQLAsync(Dear);

        Assert.Equal(first.Body["extensions"]!["cost"]!.ToJsonString(), cached.Body["extensions"]!["cost"]!.ToJsonString());
        Assert.Equal(first.Body["data"]!.ToJsonString(), cached.Body["data"]!.ToJsonString());
        Assert.Equal(["COMPLEXITY"], dear.ErrorCodes);
        Assert.Equal(["COMPLEXITY"], dearAgain.ErrorCodes);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_even_when_its_document_was_cached_for_a_query()
    {
        var document = Uri.EscapeDataString("query Read { __typename } mutation Write { __typename }");

        using var read = await _client.GetAsync($"/graphql?query={document}&operationName=Read");
        using var readAgain = await _client.GetAsync($"/graphql?query={document}&operationName=Read");
        using var write = await _client.GetAsync($"/graphql?query={document}&operationName=Write");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readAgain.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, write.StatusCode);
    }

    [Fact]
    public async Task A_document_that_failed_validation_is_not_cached_and_fails_again()
    {
        var first = await _client.PostGraphQLAsync("{ organisations { nodes { noSuchField } } }");
        var second = await _client.PostGraphQLAsync("{ organisations { nodes { noSuchField } } }");

        Assert.Equal(first.ErrorCodes, second.ErrorCodes);
        Assert.NotEmpty(second.ErrorCodes);
    }
}
