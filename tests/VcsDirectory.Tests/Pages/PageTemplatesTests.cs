using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using VcsDirectory.Api.Pages;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Pages;

/// <summary>What a page says on a machine where the build could not install npm's files (no Node.js).</summary>
public sealed class PageTemplatesTests : IDisposable
{
    private readonly string _webRoot = Directory.CreateTempSubdirectory("vcsdirectory-webroot-").FullName;

    public PageTemplatesTests()
    {
        // The committed templates, without wwwroot/lib: as a clone built without Node.js has them.
        var templates = Path.Combine(RepositoryPaths.Root, "api", "wwwroot", "pages");
        foreach (var file in Directory.GetFiles(templates, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_webRoot, "pages", Path.GetRelativePath(templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    [Fact]
    public async Task GraphiQL_without_its_npm_files_says_which_are_missing_and_how_to_install_them()
    {
        var html = System.Net.WebUtility.HtmlDecode(await RenderAsync(BrowserPage.GraphiQL));

        Assert.Contains("GraphiQL's files are not installed: run <code>npm ci</code> in <code>api/</code> (needs Node.js)", html, StringComparison.Ordinal);
        Assert.Contains("wwwroot/lib/graphiql/graphiql.min.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mentor_finder_needs_no_npm_file()
    {
        var html = await RenderAsync(BrowserPage.MentorFinder);

        Assert.Contains("<h1>Find a mentor</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/mentors\" aria-current=\"page\">Mentor finder</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_put_into_a_page_is_HTML_encoded()
    {
        var html = await RenderAsync(BrowserPage.NeedMap, withLibrary: "leaflet", values: new()
        {
            ["tileUrl"] = "/tiles/{z}/{x}/{y}.png\"><script>alert(1)</script>",
            ["tileAttribution"] = "<b>x</b>",
        });

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;script&gt;", html, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_webRoot, recursive: true);

    private async Task<string> RenderAsync(BrowserPage page, string? withLibrary = null, Dictionary<string, string>? values = null)
    {
        if (withLibrary is not null)
        {
            foreach (var file in page.LibFiles)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_webRoot, "lib", file))!);
                await File.WriteAllTextAsync(Path.Combine(_webRoot, "lib", file), "");
            }
        }

        var templates = new PageTemplates(new WebRoot(_webRoot), new PageSecurityHeaders(new MapPageOptions()));
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();
        await templates.WriteAsync(http, page, values);
        http.Response.Body.Position = 0;
        return await new StreamReader(http.Response.Body).ReadToEndAsync();
    }

    private sealed class WebRoot(string path) : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = path;

        public IFileProvider WebRootFileProvider { get; set; } = new PhysicalFileProvider(path);

        public string ApplicationName { get; set; } = "tests";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = path;

        public string EnvironmentName { get; set; } = "Testing";
    }
}
