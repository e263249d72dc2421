using Microsoft.Extensions.FileProviders;

namespace VcsDirectory.Api.Pages;

/// <summary>
/// The browser pages: <c>/</c>, <c>/mentors</c>, <c>/map</c>, <c>/consortia</c> and <c>/outcomes</c>, their own files under <c>/assets</c> and npm's under
/// <c>/lib</c>. (GraphiQL is served by the GraphQL endpoint itself, to a browser's GET.) The pages talk to the same
/// public API as any client: <c>/graphql</c> and <c>/geo/*.geojson</c>.
/// </summary>
public static class PagesEndpoints
{
    /// <remarks>Call before the rate limiter, so that a page's scripts and styles do not use up its caller's requests.</remarks>
    public static WebApplication UseDirectoryPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        ServeFolder(app, "assets");
        ServeFolder(app, "lib");

        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods(BrowserPage.Home.Path, getOrHead, (HttpContext http, PageTemplates pages) => pages.WriteAsync(http, BrowserPage.Home));
        app.MapMethods(BrowserPage.MentorFinder.Path, getOrHead, (HttpContext http, PageTemplates pages) => pages.WriteAsync(http, BrowserPage.MentorFinder));
        app.MapMethods(BrowserPage.Consortia.Path, getOrHead, (HttpContext http, PageTemplates pages) => pages.WriteAsync(http, BrowserPage.Consortia));
        app.MapMethods(BrowserPage.Outcomes.Path, getOrHead, (HttpContext http, PageTemplates pages) => pages.WriteAsync(http, BrowserPage.Outcomes));
        app.MapMethods(BrowserPage.NeedMap.Path, getOrHead, (HttpContext http, PageTemplates pages, MapPageOptions map) => pages.WriteAsync(http, BrowserPage.NeedMap, new Dictionary<string, string>
        {
            ["tileUrl"] = map.TileUrl,
            ["tileAttribution"] = map.TileAttribution,
        }));
        return app;
    }

    private static void ServeFolder(WebApplication app, string folder)
    {
        var path = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), folder);
        if (!Directory.Exists(path))
        {
            // wwwroot/lib without Node.js: the pages that need it say so.
            return;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(path),
            RequestPath = "/" + folder,
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.CacheControl = "no-cache";
                file.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        });
    }
}
