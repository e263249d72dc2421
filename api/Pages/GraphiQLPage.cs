using System.Text.Json;
using Microsoft.Net.Http.Headers;
using VcsDirectory.Api.GraphQL.Http;

namespace VcsDirectory.Api.Pages;

/// <summary>
/// GraphiQL for a browser that opens <c>/graphql</c>: a GET that prefers <c>text/html</c> to either JSON type.
/// The example operations are embedded as tabs; a <c>query</c> parameter opens first.
/// </summary>
public sealed class GraphiQLPage : IGraphQLBrowserPage
{
    private static readonly string[] JsonTypes = ["application/json", "application/graphql-response+json"];

    public bool IsWanted(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsGet(request.Method) || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        var html = Quality(accepted, "text/html");
        return html > 0 && html >= JsonTypes.Max(type => Quality(accepted, type));
    }

    public Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var operations = http.RequestServices.GetRequiredService<ExampleOperations>().All
            .Select(o => new { name = o.Name, query = o.Query });
        return http.RequestServices.GetRequiredService<PageTemplates>().WriteAsync(http, BrowserPage.GraphiQL, new Dictionary<string, string>
        {
            ["operations"] = JsonSerializer.Serialize(operations),
        });
    }

    private static double Quality(IList<MediaTypeHeaderValue> accepted, string type) =>
        accepted.Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
}
