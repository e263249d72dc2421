using System.Text.Json.Nodes;
using Microsoft.Playwright;
using VcsDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VcsDirectory.Tests.Pages;

[Collection(BrowserPages.Name)]
public sealed class OutcomesPageTests(BrowserPagesFixture browser, ITestOutputHelper output)
{
    private const string FirstCentreSpecification = """
        { childrensCentres(first: 1, order: [{ name: ASC }]) { nodes { name specification {
            indicators { indicator { code name } history { value } status }
        } } } }
        """;

    [SkippableFact]
    public async Task A_centres_indicators_stand_against_their_targets_with_a_chart_each_and_print_on_one_page()
    {
        browser.Require(npmPackages: true);
        var client = browser.Api.CreateClient();
        var centre = (await client.QueryDataAsync(FirstCentreSpecification))["childrensCentres"]!["nodes"]![0]!;
        var indicators = centre["specification"]!["indicators"]!.AsArray().Select(i => i!).ToList();
        var borough = (await client.QueryDataAsync("{ outcomesSummary { indicator { code } onTrack atRisk offTrack noData } }"))["outcomesSummary"]!.AsArray();
        await using var outcomes = await browser.OpenAsync("/outcomes");
        var paint = await outcomes.PaintTimesAsync();
        await outcomes.ScreenshotAsync("outcomes", fullPage: true);

        output.WriteLine($"Outcomes: first contentful paint {paint.FirstContentfulPaint:0} ms, report and borough drawn at {paint.FirstUsefulPaint:0} ms");
        Assert.NotEmpty(indicators);
        await Assertions.Expect(outcomes.Page.Locator("#report-heading")).ToHaveTextAsync(centre["name"]!.GetValue<string>());
        foreach (var indicator in indicators)
        {
            var code = indicator["indicator"]!["code"]!.GetValue<string>();
            var row = await outcomes.Page.Locator($"#indicator-rows tr[data-code='{code}']").InnerTextAsync();
            Assert.Contains(indicator["indicator"]!["name"]!.GetValue<string>(), row, StringComparison.Ordinal);
            Assert.Contains(StatusWords(indicator["status"]!.GetValue<string>()), row, StringComparison.Ordinal);
            var points = outcomes.Page.Locator($"#charts li[data-code='{code}'] .series-value .ct-point");
            Assert.Equal(indicator["history"]!.AsArray().Count, await points.CountAsync());
            Assert.Equal(1, await outcomes.Page.Locator($"#charts li[data-code='{code}'] .series-target path.ct-line").CountAsync());
        }

        var summary = await outcomes.Page.Locator("#summary-rows tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.code, ...[...r.querySelectorAll('td.number')].map(c => c.textContent)])");
        Assert.Equal(borough.Select(Counts), summary.Select(r => string.Join(' ', r)));

        // As printed: print media at an A4 page's width (210 mm less margins), then the PDF Chromium prints.
        await outcomes.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await outcomes.Page.SetViewportSizeAsync(718, 1047);
        await outcomes.ScreenshotAsync("outcomes-print", fullPage: true);
        var pdf = await outcomes.Page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PreferCSSPageSize = true,
            Path = Path.Combine(BrowserPagesFixture.ScreenshotFolder, "outcomes-print.pdf"),
        });
        Assert.False(await outcomes.Page.Locator("#borough").IsVisibleAsync(), "The borough view is printed with the centre's report.");
        Assert.False(await outcomes.Page.Locator(".site-bar").IsVisibleAsync(), "The site's bar is printed.");
        Assert.Equal(1, PdfPages(pdf));
        Assert.Empty(outcomes.Problems);
    }

    private static string StatusWords(string status) => status switch
    {
        "ON_TRACK" => "On track",
        "AT_RISK" => "At risk",
        "OFF_TRACK" => "Off track",
        _ => "No data",
    };

    private static string Counts(JsonNode? s) =>
        $"{s!["indicator"]!["code"]} {s["onTrack"]} {s["atRisk"]} {s["offTrack"]} {s["noData"]}";

    /// <summary>Chromium writes each page as an uncompressed <c>/Type /Page</c> dictionary (the tree as <c>/Type /Pages</c>).</summary>
    private static int PdfPages(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page(?![s\w])");
    }
}
