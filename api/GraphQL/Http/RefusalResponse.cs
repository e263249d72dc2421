using GraphQL;

namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>
/// A refusal outside GraphQL execution (rate limit, bad token) written as a GraphQL error in the media type the client
/// negotiated, so Apollo and Relay surface its code like any other.
/// </summary>
public static class RefusalResponse
{
    public static async Task WriteAsync(HttpContext http, int status, string code, string message, IDictionary<string, object?>? extensions = null, CancellationToken cancellationToken = default)
    {
        var error = new ExecutionError(message) { Code = code };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            (error.Extensions ??= new Dictionary<string, object?>())[key] = value;
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = (ResponseMediaType.Negotiate(http.Request.Headers.Accept) ?? MediaTypes.Json) + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, cancellationToken);
    }
}
