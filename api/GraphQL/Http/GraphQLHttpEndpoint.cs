using GraphQL;
using VcsDirectory.Api.GraphQL.Protection;

namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL Foundation's spec): POST with JSON, GET for queries, the response
/// media type by <c>Accept</c>, and the status codes the spec gives for request errors.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, HandleAsync);

    /// <summary>Answers <c>{ __typename }</c> in-process through the whole endpoint; it reads no data. Throws unless it is answered.</summary>
    internal static async Task WarmUpAsync(IServiceProvider services)
    {
        var (status, _) = await AnswerInProcessAsync(services, """{"query":"{ __typename }"}"""u8.ToArray(), CancellationToken.None);
        if (status != StatusCodes.Status200OK)
        {
            throw new InvalidOperationException($"The warm-up request {{ __typename }} was answered {status}.");
        }
    }

    /// <summary>
    /// Answers a GraphQL-over-HTTP POST body in-process through the whole endpoint, as an anonymous client with no
    /// address (the middleware before the endpoint, rate limits among them, is not on this path): the status and the body.
    /// </summary>
    internal static async Task<(int Status, byte[] Body)> AnswerInProcessAsync(IServiceProvider services, byte[] body, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var response = new MemoryStream();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = MediaTypes.Json;
        http.Request.ContentLength = body.Length;
        http.Request.Headers.Accept = MediaTypes.GraphQLResponse;
        http.Request.Body = new MemoryStream(body);
        http.Response.Body = response;
        await HandleAsync(http);
        return (http.Response.StatusCode, response.ToArray());
    }

    private static async Task HandleAsync(HttpContext http)
    {
        // A browser opening /graphql gets GraphiQL; every other client gets GraphQL over HTTP.
        if (http.RequestServices.GetService<IGraphQLBrowserPage>() is { } page && page.IsWanted(http.Request))
        {
            await page.WriteAsync(http);
            return;
        }

        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json, $"{http.Request.Method} is not supported: use GET or POST.");
            return;
        }

        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json, $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var limits = http.RequestServices.GetRequiredService<RequestLimits>();
        var (request, status, error) = await GraphQLRequestReader.ReadAsync(http, serializer, limits.MaxBodyBytes);
        if (request is null)
        {
            await WriteErrorAsync(http, status, mediaType, error!);
            return;
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, "The request has no 'query'.");
            return;
        }

        var result = await DirectoryExecution.ExecuteAsync(http, request, limits);

        http.Response.StatusCode = StatusFor(result, mediaType, http);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static int StatusFor(ExecutionResult result, string mediaType, HttpContext http)
    {
        if (result.Errors?.Any(e => e is MutationOverGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }

        // A request error (parse, validation, variables): no data at all. Only the newer media type may say so in the status.
        return !result.Executed && mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message)] }, http.RequestAborted);
    }
}
