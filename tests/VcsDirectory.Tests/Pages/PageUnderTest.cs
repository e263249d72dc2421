using Microsoft.Playwright;

namespace VcsDirectory.Tests.Pages;

/// <summary>An open page and what it logged: script errors and failed requests to this server.</summary>
public sealed class PageUnderTest : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    public PageUnderTest(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, message) => _problems.Add($"script error: {message}");
        page.Console += (_, message) =>
        {
            // Tiles cannot load here (no network): the map must work without them, so their failures are expected.
            if (message.Type == "error" && !message.Text.Contains("ERR_NAME_NOT_RESOLVED", StringComparison.Ordinal))
            {
                _problems.Add($"console error: {message.Text}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Script errors and console errors so far (a CSP violation is one).</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Saves what the page shows now to artifacts/screenshots/{name}.png.</summary>
    public async Task ScreenshotAsync(string name, bool fullPage = false)
    {
        Directory.CreateDirectory(BrowserPagesFixture.ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPagesFixture.ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    /// <summary>When the page first painted content, and when it marked itself useful (performance.mark('useful')), in ms from navigation.</summary>
    public async Task<PaintTimes> PaintTimesAsync()
    {
        await Page.WaitForFunctionAsync("() => performance.getEntriesByName('useful').length > 0");
        var times = await Page.EvaluateAsync<double[]>(
            "() => [performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1, performance.getEntriesByName('useful')[0].startTime]");
        return new PaintTimes(times[0], times[1]);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
