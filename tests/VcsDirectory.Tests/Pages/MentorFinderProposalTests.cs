using Microsoft.Playwright;
using VcsDirectory.Tests.Infrastructure;
using static VcsDirectory.Tests.Pages.MentorFinderSteps;

namespace VcsDirectory.Tests.Pages;

/// <summary>Proposing a pairing from the mentor finder: with a coordinator's token, without one, and twice.</summary>
[Collection(BrowserPages.Name)]
public sealed class MentorFinderProposalTests(BrowserPagesFixture browser)
{
    [SkippableFact]
    public async Task A_coordinator_with_a_token_proposes_a_pairing_and_sees_it_in_progress()
    {
        browser.Require();
        var group = SmallGroups[1];
        await using var finder = await browser.OpenAsync("/mentors", height: 1100);
        var page = finder.Page;
        await SignInAsync(page, TestTokens.CoordinatorOf(group));
        await SearchAndChooseAsync(page, group);
        var mentor = await page.Locator(".suggestion .mentor-name").First.InnerTextAsync();

        var card = await ProposeFirstAsync(page, note: "Help with setting up a committee, please.");
        await Assertions.Expect(card.Locator(".propose-result")).ToContainTextAsync("Proposed");
        var pairing = page.Locator("#pairings .pairing");
        await Assertions.Expect(pairing).ToContainTextAsync(mentor);
        await page.Locator("#pairings-panel").ScrollIntoViewIfNeededAsync();
        await finder.ScreenshotAsync("mentor-finder-proposed");

        Assert.Equal("PROPOSED", await pairing.GetAttributeAsync("data-state"));
        Assert.Contains(await InProgressFromTheApiAsync(browser.Api.CreateClient(), group), p => p == ("PROPOSED", mentor));
        Assert.Empty(finder.Problems);
    }

    [SkippableFact]
    public async Task A_proposal_without_a_token_shows_the_APIs_refusal_and_how_to_sign_in()
    {
        browser.Require();
        var group = SmallGroups[2];
        await using var finder = await browser.OpenAsync("/mentors");
        await SearchAndChooseAsync(finder.Page, group);

        var card = await ProposeFirstAsync(finder.Page);
        var refusal = card.Locator(".propose-result .notice.error");
        await Assertions.Expect(refusal).ToContainTextAsync("Sign in first");
        await finder.ScreenshotAsync("mentor-finder-refused");

        Assert.Empty(await InProgressFromTheApiAsync(browser.Api.CreateClient(), group));
    }

    [SkippableFact]
    public async Task Proposing_the_same_mentor_twice_shows_the_user_error_the_API_answers()
    {
        browser.Require();
        var group = SmallGroups[3];
        await using var finder = await browser.OpenAsync("/mentors");
        var page = finder.Page;
        await SignInAsync(page, TestTokens.CoordinatorOf(group));
        await SearchAndChooseAsync(page, group);
        var card = await ProposeFirstAsync(page);
        await Assertions.Expect(card.Locator(".propose-result .notice.success")).ToBeVisibleAsync();

        await card.GetByRole(AriaRole.Button, new() { NameRegex = new("^Propose ") }).ClickAsync();
        var refusal = card.Locator(".propose-result .notice.error");
        await Assertions.Expect(refusal).ToContainTextAsync("refused");
        await refusal.ScrollIntoViewIfNeededAsync();
        await finder.ScreenshotAsync("mentor-finder-user-error");

        Assert.Contains("already proposed", await refusal.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("(DUPLICATE)", await refusal.InnerTextAsync(), StringComparison.Ordinal);
    }
}
