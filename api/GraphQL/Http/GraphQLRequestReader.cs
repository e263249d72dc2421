using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>Reads a GraphQL request from a GET query string or a POST JSON body; a malformed one is a 400 or 415, never a 500.</summary>
internal static class GraphQLRequestReader
{
    public static async Task<(GraphQLRequest? Request, int Status, string? Error)> ReadAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        try
        {
            if (HttpMethods.IsGet(http.Request.Method))
            {
                var q = http.Request.Query;
                return (new GraphQLRequest
                {
                    Query = q["query"].FirstOrDefault(),
                    OperationName = q["operationName"].FirstOrDefault() is { Length: > 0 } name ? name : null,
                    Variables = q["variables"].FirstOrDefault() is { Length: > 0 } v ? serializer.Deserialize<Inputs>(v) : null,
                    Extensions = q["extensions"].FirstOrDefault() is { Length: > 0 } e ? serializer.Deserialize<Inputs>(e) : null,
                }, 200, null);
            }

            if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) ||
                !string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            {
                return (null, StatusCodes.Status415UnsupportedMediaType, "POST requests must have Content-Type: application/json.");
            }

            var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            return request is null ? (null, 400, "The body must be a JSON object with a 'query'.") : (request, 200, null);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return (null, StatusCodes.Status400BadRequest, "The request is not valid JSON of the form {\"query\": \"…\", \"variables\": {…}}.");
        }
    }
}
