using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Http;

[Collection(SeededApi.Name)]
public sealed class GraphQLOverHttpTests(DirectoryApiFactory factory)
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_query_over_GET_is_answered()
    {
        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ wards(first: 1) { totalCount } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(16, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["wards"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Variables_pass_as_a_JSON_string_over_GET()
    {
        var query = Uri.EscapeDataString("query($n: Int) { organisations(first: $n) { nodes { name } } }");
        using var response = await _client.GetAsync($"/graphql?query={query}&variables={Uri.EscapeDataString("{\"n\":3}")}");

        Assert.Equal(3, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["organisations"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405()
    {
        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Other_methods_get_405_with_the_allowed_ones()
    {
        using var response = await _client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task A_POST_that_is_not_JSON_gets_415()
    {
        using var response = await _client.PostAsync("/graphql", new StringContent("{ wards { totalCount } }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"x\"}")]
    public async Task Malformed_bodies_get_400_with_a_JSON_error_and_no_stack_trace(string body)
    {
        using var response = await _client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(text)!["errors"]);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_query_gets_400()
    {
        using var response = await _client.PostAsync("/graphql", new StringContent("{\"variables\": {}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    public async Task The_response_media_type_follows_Accept(string? accept, string expected)
    {
        using var request = Post("{ __typename }", accept);
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unacceptable_Accept_gets_406()
    {
        using var response = await _client.SendAsync(Post("{ __typename }", "text/xml"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task An_invalid_document_is_a_request_error_whose_status_depends_on_the_media_type(string accept, HttpStatusCode expected)
    {
        using var response = await _client.SendAsync(Post("{ noSuchField }", accept));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(expected, response.StatusCode);
        Assert.Null(body["data"]);
        Assert.NotNull(body["errors"]);
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_a_request_error()
    {
        using var request = Post("query($n: Int) { organisations(first: $n) { totalCount } }", GraphQLResponse, new { n = "ten" });
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static HttpRequestMessage Post(string query, string? accept, object? variables = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.Accept.Clear();
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}
