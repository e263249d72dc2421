using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static VcsDirectory.Tests.Pages.MentorFinderSteps;

namespace VcsDirectory.Tests.Pages;

[Collection(BrowserPages.Name)]
public sealed class MentorFinderPageTests(BrowserPagesFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task A_coordinator_finds_a_small_group_by_name_and_sees_the_APIs_ranking_with_each_scores_reasons()
    {
        browser.Require();
        var group = SmallGroups[0];
        var expected = await SuggestionsFromTheApiAsync(browser.Api.CreateClient(), group);
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
}
