namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>
/// What a browser that opens <c>/graphql</c> gets instead of GraphQL over HTTP (GraphiQL); the Pages feature provides it,
/// so the endpoint serves it without knowing the page. Without one registered, every request is GraphQL over HTTP.
/// </summary>
public interface IGraphQLBrowserPage
{
    bool IsWanted(HttpRequest request);

    Task WriteAsync(HttpContext http);
}
