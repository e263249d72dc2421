using Microsoft.Playwright;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Pages;

/// <summary>
/// The real app on a loopback Kestrel port (the demo data, the configuration as shipped) and a headless Chromium
/// driven by Playwright. When the browser or the pages' npm files are missing it says which, and the tests skip (or, under CI, fail).
/// </summary>
public sealed class BrowserPagesFixture : IAsyncLifetime
{
    private static readonly string LibFolder = Path.Combine(RepositoryPaths.Root, "api", "wwwroot", "lib");

    private IPlaywright? _playwright;

    public DirectoryApiFactory Api { get; } = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser? Browser { get; private set; }

    /// <summary>Why the tests cannot run, or null.</summary>
    public string? Missing { get; private set; }

    /// <summary>Why the pages that need npm's files (GraphiQL, Leaflet, Chartist) cannot run, or null.</summary>
    public string? MissingPackages { get; } = new[] { "graphiql", "leaflet", "chartist" }.All(p => Directory.Exists(Path.Combine(LibFolder, p)))
        ? null
        : "GraphiQL's, Leaflet's and Chartist's files are missing from api/wwwroot/lib: build the API with Node.js installed (it runs `npm ci` in api/).";

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "VcsDirectory.Tests", "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Chromium.Find();
        if (chromium is null)
        {
            Missing = Chromium.HowToInstall;
            return;
        }

        // Other test collections share the two cores meanwhile: give the pages time rather than fail a slow moment.
        Assertions.SetDefaultExpectTimeout(15_000);
        Api.UseKestrel(0);
        Api.StartServer();
        BaseAddress = Api.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.LaunchArguments,
        });
    }

    /// <summary>Skips the test (fails it under CI) when Chromium, or for GraphiQL, the map and the outcomes page npm's files, are missing.</summary>
    public void Require(bool npmPackages = false) => Chromium.Require(Missing ?? (npmPackages ? MissingPackages : null));

    /// <summary>A page of this server (or another) in a fresh browser context: no cache, no storage; its script errors are collected.</summary>
    public async Task<PageUnderTest> OpenAsync(string path, int width = 1280, int height = 800, Uri? server = null)
    {
        Require();
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (server ?? BaseAddress).ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        var test = new PageUnderTest(context, page);
        await page.GotoAsync(path);
        return test;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Api.DisposeAsync();
    }
}
