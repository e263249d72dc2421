using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Caching;
using VcsDirectory.Api.GraphQL.Protection;
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
    public async Task An_empty_operation_name_does_not_let_an_operation_with_variables_keep_its_first_cost()
    {
        const string Query = "query Q($n: Int!) { organisations(first: $n) { nodes { wards(first: $n) { nodes { organisations(first: $n) { nodes { name } } } } } } }";

        var small = await PostAsync(Query, "", new { n = 1 });
        var huge = await PostAsync(Query, "", new { n = 100 });
        var hugeUnnamed = await PostAsync(Query, null, new { n = 100 });

        Assert.Null(small.Errors);
        Assert.Equal(["COMPLEXITY"], huge.ErrorCodes);
        Assert.Equal(["COMPLEXITY"], hugeUnnamed.ErrorCodes);
    }

    [Fact]
    public async Task Variables_are_checked_on_every_request_of_a_cached_document()
    {
        const string Query = "query($n: Int!) { organisations(first: $n) { nodes { name } } }";

        var valid = await _client.PostGraphQLAsync(Query, new { n = 2 });
        var wrongType = await _client.PostGraphQLAsync(Query, new { n = "two" });
        var missing = await _client.PostGraphQLAsync(Query, new { });

        Assert.Null(valid.Errors);
        Assert.Null(wrongType.Data);
        Assert.NotEmpty(wrongType.ErrorCodes);
        Assert.Null(missing.Data);
        Assert.NotEmpty(missing.ErrorCodes);
    }

    [Fact]
    public async Task A_repeated_document_is_parsed_once()
    {
        var executer = factory.Services.GetRequiredService<IDocumentExecuter<DirectorySchema>>();
        await using var scope = factory.Services.CreateAsyncScope();

        var first = await ExecuteAsync(executer, scope.ServiceProvider);
        var second = await ExecuteAsync(executer, scope.ServiceProvider);

        Assert.True(first.Executed);
        Assert.Same(first.Document, second.Document);
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

    private static Task<ExecutionResult> ExecuteAsync(IDocumentExecuter<DirectorySchema> executer, IServiceProvider services) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = "{ organisations(first: 2) { nodes { name } } }",
            RequestServices = services,
            UserContext = new Dictionary<string, object?> { [RequestCost.Key] = new RequestCost(), [DocumentCache.MethodKey] = "POST" },
        });

    private async Task<GraphQLResponse> PostAsync(string query, string? operationName, object variables)
    {
        using var response = await _client.PostAsync("/graphql", JsonContent.Create(new { query, operationName, variables }));
        return new GraphQLResponse((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
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
