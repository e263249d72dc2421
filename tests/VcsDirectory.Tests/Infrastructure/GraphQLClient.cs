using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VcsDirectory.Tests.Infrastructure;

/// <summary>Sends GraphQL requests the way a front-end would: POST application/json to /graphql.</summary>
public static class GraphQLClient
{
    public static async Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    /// <summary>Posts and asserts the request succeeded without errors; returns <c>data</c>.</summary>
    public static async Task<JsonObject> QueryDataAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostGraphQLAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        return response.Data!;
    }
}

public sealed record GraphQLResponse(int Status, JsonObject Body)
{
    public JsonObject? Data => Body["data"] as JsonObject;

    public JsonArray? Errors => Body["errors"] as JsonArray;

    public IReadOnlyList<string?> ErrorCodes => Errors?.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];

    public override string ToString() => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
