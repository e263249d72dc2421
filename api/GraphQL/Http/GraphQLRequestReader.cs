using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>Reads a GraphQL request from a GET query string or a POST JSON body; a malformed one is a 400 or 415, never a 500.</summary>
internal static class GraphQLRequestReader
{
    public static async Task<(GraphQLRequest? Request, int Status, string? Error)> ReadAsync(HttpContext http, IGraphQLTextSerializer serializer, int maxBodyBytes)
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

            var body = await ReadBodyAsync(http, maxBodyBytes);
            if (body is null)
            {
                return (null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBodyBytes} bytes.");
            }

            var request = await serializer.ReadAsync<GraphQLRequest>(body, http.RequestAborted);
            return request is null ? (null, 400, "The body must be a JSON object with a 'query'.") : (request, 200, null);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return (null, StatusCodes.Status400BadRequest, "The request is not valid JSON of the form {\"query\": \"…\", \"variables\": {…}}.");
        }
    }

    /// <summary>The body, or null when it is over the limit: read no further than one byte past it, whatever Content-Length says.</summary>
    private static async Task<MemoryStream?> ReadBodyAsync(HttpContext http, int maxBodyBytes)
    {
        if (http.Request.ContentLength > maxBodyBytes)
        {
            return null;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }
}
