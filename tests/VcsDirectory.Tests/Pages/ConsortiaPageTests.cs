using Microsoft.Playwright;
using VcsDirectory.Tests.Infrastructure;
using Xunit.Abstractions;
using static VcsDirectory.Tests.Pages.ConsortiaPageApi;

namespace VcsDirectory.Tests.Pages;

[Collection(BrowserPages.Name)]
public sealed class ConsortiaPageTests(BrowserPagesFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Choosing_a_centre_shows_its_gaps_and_the_builders_alternatives_of_both_kinds_side_by_side()
    {
        browser.Require();
        var api = browser.Api.CreateClient();
        var (centreId, centreName, expected) = await CentreWithBothKindsAsync(api);
        var (required, gaps, active) = await CentreFactsAsync(api, centreId);
        await using var consortia = await browser.OpenAsync("/consortia", height: 1000);
        var page = consortia.Page;
        var paint = await consortia.PaintTimesAsync();

        await page.GetByLabel("Children's centre").SelectOptionAsync(new SelectOptionValue { Label = centreName });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show consortia" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#options-status")).ToContainTextAsync($"The best consortia for {centreName}");
        var shown = new Dictionary<string, string[][]>();
        foreach (var kind in Kinds)
        {
            shown[kind] = await page.Locator($"#kind-{kind} .alternative").EvaluateAllAsync<string[][]>(
                "cards => cards.map(c => [c.querySelector('.lead-name').textContent, c.querySelector('.summary').textContent, " +
                "[...c.querySelectorAll('.member-name')].map(m => m.textContent).join('|'), [...c.querySelectorAll('.uncovered-list li')].map(u => u.dataset.code).join('|')])");
        }

        var shownRequired = await page.Locator("#required-categories li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)");
        var shownGaps = await page.Locator("#gaps li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)");
        var deliveredRows = await page.Locator("#delivered tbody tr").CountAsync();
        var headers = await page.Locator("#kind-LEAD_PARTNER table.members").First.Locator("thead th[scope=col]").AllInnerTextsAsync();
        var fits = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
        await consortia.ScreenshotAsync("consortia");
        await consortia.ScreenshotAsync("consortia-full", fullPage: true);

        output.WriteLine($"Consortia: first contentful paint {paint.FirstContentfulPaint:0} ms, centres listed at {paint.FirstUsefulPaint:0} ms");
        foreach (var kind in Kinds)
        {
            Assert.Equal(
                expected[kind].Select(a => (
                    a!["lead"]!["name"]!.GetValue<string>(),
                    a["summary"]!.GetValue<string>(),
                    string.Join('|', a["members"]!.AsArray().Select(m => m!["organisation"]!["name"]!.GetValue<string>())),
                    string.Join('|', a["uncoveredCategories"]!.AsArray().Select(u => u!["category"]!.GetValue<string>())))),
                shown[kind].Select(c => (c[0], c[1], c[2], c[3])));
        }

        Assert.Equal(required, shownRequired.Order(StringComparer.Ordinal));
        Assert.Equal(gaps, shownGaps.Order(StringComparer.Ordinal));
        Assert.Equal(Math.Min(active, 100), deliveredRows);
        Assert.Equal(["Organisation", "Role", "Covers", "Why it qualifies", "Why chosen"], headers);
        Assert.True(fits, "The two kinds side by side make the page scroll sideways.");
        Assert.Empty(consortia.Problems);
    }

    [SkippableFact]
    public async Task A_coordinator_of_the_lead_starts_a_consortium_from_an_alternative_and_its_members_are_invited()
    {
        browser.Require();
        var api = browser.Api.CreateClient();
        var (centreId, centreName, expected) = await CentreWithBothKindsAsync(api);
        var (kind, best) = Kinds.SelectMany(k => expected[k].Select(a => (Kind: k, Alternative: a!))).First(x => x.Alternative["members"]!.AsArray().Count > 1);
        var lead = best["lead"]!;
        var name = $"{lead["name"]!.GetValue<string>()} partnership for {centreName}";
        await using var consortia = await browser.OpenAsync($"/consortia?centre={Uri.EscapeDataString(centreId)}", height: 1000);
        var page = consortia.Page;
        await page.GetByLabel("Coordinator's token").FillAsync(TestTokens.CoordinatorOf(lead["databaseId"]!.GetValue<int>()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this token" }).ClickAsync();

        var card = page.Locator($"#kind-{kind} .alternative[data-rank='{best["rank"]}']");
        await card.GetByText("Start this consortium").ClickAsync();
        await card.GetByLabel("Consortium name").FillAsync(name);
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new("^Start the consortium led by ") }).ClickAsync();
        var result = card.Locator(".start-result .notice");
        await Assertions.Expect(result).ToContainTextAsync("Started");
        await Assertions.Expect(result).ToContainTextAsync("invited");
        await result.ScrollIntoViewIfNeededAsync();
        await consortia.ScreenshotAsync("consortia-started");

        var created = Assert.Single(await ConsortiaAsync(api, centreId), c => c.Name == name);
        Assert.Equal("FORMING", created.Status);
        Assert.Equal(
            best["members"]!.AsArray().Select(m => m!["organisation"]!["name"]!.GetValue<string>()),
            created.Members.Select(m => m.Organisation));
        Assert.Equal("ACCEPTED", created.Members[0].Invitation);
        Assert.All(created.Members.Skip(1), m => Assert.Equal("INVITED", m.Invitation));
        Assert.Empty(consortia.Problems);
    }
}
