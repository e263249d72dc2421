using System.Net;
using System.Net.Http.Headers;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Pages;

/// <summary>The pages as HTTP sees them: which request gets GraphiQL, and the headers every page carries.</summary>
[Collection(SeededApi.Name)]
public sealed class PagesHttpTests(DirectoryApiFactory factory)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Fact]
    public async Task A_browser_opening_graphql_gets_GraphiQL_with_every_example_operation()
    {
        using var response = await GetAsync("/graphql", BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.All(Directory.GetFiles(RepositoryPaths.Operations, "*.graphql"), file =>
            Assert.Contains($"&quot;name&quot;:&quot;{Path.GetFileNameWithoutExtension(file)}&quot;", html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json, text/html;q=0.5")]
    [InlineData("*/*")]
    public async Task A_client_that_prefers_JSON_still_gets_GraphQL_over_HTTP(string accept)
    {
        using var response = await GetAsync("/graphql?query=%7B__typename%7D", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/mentors")]
    [InlineData("/map")]
    [InlineData("/consortia")]
    [InlineData("/outcomes")]
    [InlineData("/graphql")]
    public async Task Every_page_allows_scripts_and_data_from_this_server_only(string path)
    {
        using var response = await GetAsync(path, BrowserAccept);

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_page_is_given_the_configured_tile_server_and_may_load_its_images()
    {
        using var response = await GetAsync("/map", BrowserAccept);

        Assert.Contains("data-tile-url=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: https://tile.openstreetmap.org;", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/js/mentors/main.js", "text/javascript")]
    [InlineData("/assets/pages.css", "text/css")]
    public async Task The_pages_own_files_are_served(string path, string mediaType)
    {
        using var response = await GetAsync(path, "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/mentors")]
    [InlineData("/map")]
    [InlineData("/consortia")]
    [InlineData("/outcomes")]
    public async Task A_page_answers_HEAD_as_it_answers_GET(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_templates_are_not_served_as_files()
    {
        using var response = await GetAsync("/pages/map.html", "*/*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await factory.CreateClient().SendAsync(request);
    }
}
