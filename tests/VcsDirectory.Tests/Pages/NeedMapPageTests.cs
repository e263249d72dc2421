using Microsoft.Playwright;
using VcsDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VcsDirectory.Tests.Pages;

[Collection(BrowserPages.Name)]
public sealed class NeedMapPageTests(BrowserPagesFixture browser, ITestOutputHelper output)
{
    /// <summary>Each layer and how the map draws one of its features.</summary>
    private static readonly (string Layer, string Drawn)[] Layers =
    [
        ("clusters", "path.cluster-hull"),
        ("outreach-clusters", "path.outreach-cluster"),
        ("needs", "path.need-cell"),
        ("organisations", "path.organisation-point"),
        ("centres", ".leaflet-marker-icon.centre-marker"),
    ];

    [SkippableFact]
    public async Task The_map_draws_every_feature_of_every_layer_though_no_base_map_tile_loads()
    {
        browser.Require(npmPackages: true);
        var features = await NeedMapApi.FeatureCountsAsync(browser.Api.CreateClient(), Layers.Select(l => l.Layer));
        await using var map = await browser.OpenAsync("/map");
        var paint = await map.PaintTimesAsync();
        await Assertions.Expect(map.Page.Locator("#map-status")).ToContainTextAsync("base map could not be loaded");
        await map.ScreenshotAsync("map");

        var drawn = new Dictionary<string, int>();
        foreach (var (layer, selector) in Layers)
        {
            drawn[layer] = await map.Page.Locator(selector).CountAsync();
        }

        output.WriteLine($"Map: first contentful paint {paint.FirstContentfulPaint:0} ms, every layer drawn at {paint.FirstUsefulPaint:0} ms");
        Assert.Equal(features, drawn);
        Assert.All(features, f => Assert.True(f.Value > 0, $"The {f.Key} layer is empty in the demo data."));
        Assert.Empty(map.Problems);
    }

    [SkippableFact]
    public async Task A_layer_toggle_hides_and_shows_its_features()
    {
        browser.Require(npmPackages: true);
        await using var map = await browser.OpenAsync("/map");
        await map.PaintTimesAsync();
        var toggle = map.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Organisations (by size band)" });
        var points = map.Page.Locator("path.organisation-point");
        var shown = await points.CountAsync();

        await toggle.UncheckAsync();
        var hidden = await points.CountAsync();
        await toggle.CheckAsync();

        Assert.Equal(0, hidden);
        Assert.Equal(shown, await points.CountAsync());
    }

    [SkippableFact]
    public async Task Clicking_a_cluster_opens_its_needs_nearest_centre_and_providers_in_reach()
    {
        browser.Require(npmPackages: true);
        var largest = (await NeedMapApi.DetectedAsync(browser.Api.CreateClient()))[0]!;
        await using var map = await browser.OpenAsync("/map");
        await map.PaintTimesAsync();
        foreach (var layer in new[] { "Organisations", "Identified need", "Children's centres", "Curated outreach clusters" })
        {
            await map.Page.GetByRole(AriaRole.Checkbox, new() { Name = layer }).UncheckAsync();
        }

        await map.Page.Locator($"path.cluster-{largest["key"]}").ClickAsync();
        var panel = map.Page.Locator("#cluster-panel");
        await Assertions.Expect(panel).ToContainTextAsync("Providers in reach");
        foreach (var layer in new[] { "Organisations", "Children's centres" })
        {
            await map.Page.GetByRole(AriaRole.Checkbox, new() { Name = layer }).CheckAsync();
        }

        await map.Page.Locator("#cluster-heading").ScrollIntoViewIfNeededAsync();
        await map.ScreenshotAsync("map-cluster");

        var text = await panel.InnerTextAsync();
        var coverage = largest["coverage"]!;
        Assert.Contains($"Cluster {largest["number"]}", text, StringComparison.Ordinal);
        Assert.Contains(coverage["nearestCentre"]!["centre"]!["name"]!.GetValue<string>(), text, StringComparison.Ordinal);
        Assert.Contains($"Providers in reach ({coverage["providers"]!["totalCount"]})", text, StringComparison.Ordinal);
        Assert.All(largest["dominantCategories"]!.AsArray(), c => Assert.Contains(c!["serviceCategory"]!["name"]!.GetValue<string>() + " (main need)", text, StringComparison.Ordinal));
        Assert.Empty(map.Problems);
    }

    [SkippableFact]
    public async Task A_cluster_whose_main_need_nobody_in_reach_delivers_is_outlined_as_a_gap()
    {
        browser.Require(npmPackages: true);
        using var api = new DirectoryApiFactory();
        api.UseKestrel(0);
        api.StartServer();
        var (cluster, category) = await NeedMapApi.OpenAGapAsync(api.CreateClient());

        await using var map = await browser.OpenAsync("/map", server: api.ClientOptions.BaseAddress);
        await map.PaintTimesAsync();
        await map.Page.Locator($"#cluster-list button[data-key='{cluster["key"]}']").ClickAsync();
        var panel = map.Page.Locator("#cluster-panel .gap-list");
        await Assertions.Expect(panel).ToContainTextAsync(category);
        await map.ScreenshotAsync("map-gap");

        Assert.Equal(1, await map.Page.Locator($"path.cluster-{cluster["key"]}.has-gaps").CountAsync());
        Assert.Contains("gap", await map.Page.Locator($"#cluster-list button[data-key='{cluster["key"]}']").InnerTextAsync(), StringComparison.Ordinal);
    }
}
