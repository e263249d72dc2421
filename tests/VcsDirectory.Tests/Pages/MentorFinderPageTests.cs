using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VcsDirectory.Tests.Pages;

[Collection(BrowserPages.Name)]
public sealed class MentorFinderPageTests(BrowserPagesFixture browser, ITestOutputHelper output)
{
    /// <summary>Seeded micro groups that need help with governance: the mentees the finder is for.</summary>
    private static readonly int[] SmallGroups = TestDataset.Poole.Organisations
        .Select((o, index) => (o, id: index + 1))
        .Where(x => SizeBands.FromAnnualIncome(x.o.AnnualIncome) == SizeBand.Micro && x.o.Needs.Any(n => n.Area == "GOVERNANCE"))
        .Select(x => x.id)
        .ToArray();

    [SkippableFact]
    public async Task A_coordinator_finds_a_small_group_by_name_and_sees_the_APIs_ranking_with_each_scores_reasons()
    {
        browser.Require();
        var group = SmallGroups[0];
        var expected = await SuggestionsFromTheApiAsync(group);
        await using var finder = await browser.OpenAsync("/mentors");
        var paint = await finder.PaintTimesAsync();

        await SearchAndChooseAsync(finder.Page, group);
        var cards = finder.Page.Locator(".suggestion");
        await Assertions.Expect(cards).ToHaveCountAsync(expected.Count);
        var shown = await cards.EvaluateAllAsync<string[][]>(
            "cards => cards.map(c => [c.querySelector('.mentor-name').textContent, c.dataset.score, String(c.querySelectorAll('.component .bar').length), String(c.querySelectorAll('.component .explanation').length)])");
        await finder.ScreenshotAsync("mentor-finder");

        output.WriteLine($"Mentor finder: first contentful paint {paint.FirstContentfulPaint:0} ms, search form ready at {paint.FirstUsefulPaint:0} ms");
        Assert.Equal(expected.Select(s => (s.Mentor, s.Score)), shown.Select(c => (c[0], double.Parse(c[1], CultureInfo.InvariantCulture))));
        Assert.All(shown.Zip(expected), pair =>
        {
            Assert.Equal(pair.Second.Components.ToString(CultureInfo.InvariantCulture), pair.First[2]);
            Assert.Equal(pair.First[2], pair.First[3]);
        });
        Assert.Empty(finder.Problems);
        paint.AssertFast("The mentor finder");
    }

    [SkippableFact]
    public async Task A_coordinator_with_a_token_proposes_a_pairing_and_sees_it_in_progress()
    {
        browser.Require();
        var group = SmallGroups[1];
        await using var finder = await browser.OpenAsync("/mentors", height: 1100);
        var page = finder.Page;
        await page.GetByLabel("Coordinator's token").FillAsync(TestTokens.CoordinatorOf(group));
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this token" }).ClickAsync();
        await SearchAndChooseAsync(page, group);

        var first = page.Locator(".suggestion").First;
        var mentor = await first.Locator(".mentor-name").InnerTextAsync();
        await first.GetByText("Propose this mentor").ClickAsync();
        await first.GetByLabel("Note to the mentor (optional)").FillAsync("Help with setting up a committee, please.");
        await first.GetByRole(AriaRole.Button, new() { Name = $"Propose {mentor}" }).ClickAsync();
        await Assertions.Expect(first.Locator(".propose-result")).ToContainTextAsync("Proposed");
        var pairing = page.Locator("#pairings .pairing");
        await Assertions.Expect(pairing).ToContainTextAsync(mentor);
        await page.Locator("#pairings-panel").ScrollIntoViewIfNeededAsync();
        await finder.ScreenshotAsync("mentor-finder-proposed");

        Assert.Equal("PROPOSED", await pairing.GetAttributeAsync("data-state"));
        Assert.Contains(await InProgressFromTheApiAsync(group), p => p == ("PROPOSED", mentor));
        Assert.Empty(finder.Problems);
    }

    [SkippableFact]
    public async Task Proposing_the_same_mentor_twice_shows_the_user_error_the_API_answers()
    {
        browser.Require();
        var group = SmallGroups[3];
        await using var finder = await browser.OpenAsync("/mentors");
        var page = finder.Page;
        await page.GetByLabel("Coordinator's token").FillAsync(TestTokens.CoordinatorOf(group));
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this token" }).ClickAsync();
        await SearchAndChooseAsync(page, group);
        var first = page.Locator(".suggestion").First;
        await first.GetByText("Propose this mentor").ClickAsync();
        var send = first.GetByRole(AriaRole.Button, new() { NameRegex = new("^Propose ") });
        await send.ClickAsync();
        await Assertions.Expect(first.Locator(".propose-result .notice.success")).ToBeVisibleAsync();

        await send.ClickAsync();
        var refusal = first.Locator(".propose-result .notice.error");
        await Assertions.Expect(refusal).ToContainTextAsync("refused");
        await refusal.ScrollIntoViewIfNeededAsync();
        await finder.ScreenshotAsync("mentor-finder-user-error");

        Assert.Contains("already proposed", await refusal.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("(DUPLICATE)", await refusal.InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_refused_proposal_shows_the_APIs_reason()
    {
        browser.Require();
        var group = SmallGroups[2];
        await using var finder = await browser.OpenAsync("/mentors");
        var page = finder.Page;
        await SearchAndChooseAsync(page, group);
        var first = page.Locator(".suggestion").First;

        await first.GetByText("Propose this mentor").ClickAsync();
        await first.GetByRole(AriaRole.Button, new() { NameRegex = new("^Propose ") }).ClickAsync();
        var refusal = first.Locator(".propose-result .notice.error");
        await Assertions.Expect(refusal).ToContainTextAsync("Sign in first");
        await finder.ScreenshotAsync("mentor-finder-refused");

        Assert.Empty(await InProgressFromTheApiAsync(group));
    }

    [SkippableFact]
    public async Task The_mentor_finder_fits_a_phone_screen()
    {
        browser.Require();
        await using var finder = await browser.OpenAsync($"/mentors?organisation={Uri.EscapeDataString(Org(SmallGroups[0]))}", width: 390, height: 844);
        await Assertions.Expect(finder.Page.Locator(".suggestion").First).ToBeVisibleAsync();
        await finder.ScreenshotAsync("mentor-finder-phone");

        Assert.True(await finder.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
    }

    private static async Task SearchAndChooseAsync(IPage page, int organisation)
    {
        var name = TestDataset.Poole.Organisations[organisation - 1].Name;
        await page.GetByLabel("Organisation name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.Locator("#search-results").GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        await Assertions.Expect(page.Locator("#suggestions-status")).ToContainTextAsync("best first");
    }

    private async Task<List<(string Mentor, double Score, int Components)>> SuggestionsFromTheApiAsync(int organisation)
    {
        var data = await browser.Api.CreateClient().QueryDataAsync(
            "query($id: ID!) { mentorSuggestions(organisationId: $id, first: 10) { mentor { name } score components { kind } } }", new { id = Org(organisation) });
        return data["mentorSuggestions"]!.AsArray()
            .Select(s => (s!["mentor"]!["name"]!.GetValue<string>(), s["score"]!.GetValue<double>(), s["components"]!.AsArray().Count))
            .ToList();
    }

    private async Task<List<(string State, string Mentor)>> InProgressFromTheApiAsync(int organisation)
    {
        var data = await browser.Api.CreateClient().QueryDataAsync(
            "query($id: ID!) { organisation(id: $id) { mentoringPairings { nodes { state mentor { name } } } } }", new { id = Org(organisation) });
        return data["organisation"]!["mentoringPairings"]!["nodes"]!.AsArray()
            .Select(p => (p!["state"]!.GetValue<string>(), p["mentor"]!["name"]!.GetValue<string>()))
            .Where(p => p.Item1 is "PROPOSED" or "ACCEPTED" or "ACTIVE")
            .ToList();
    }

    private static string Org(int databaseId) => GlobalId.Encode("Organisation", databaseId);
}
