using Microsoft.Playwright;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Pages;

/// <summary>What a coordinator does on the mentor finder, and what the API says about the same organisation.</summary>
public static class MentorFinderSteps
{
    /// <summary>Seeded micro groups that need help with governance: the mentees the finder is for (each test takes its own).</summary>
    public static readonly int[] SmallGroups = TestDataset.Poole.Organisations
        .Select((o, index) => (o, id: index + 1))
        .Where(x => SizeBands.FromAnnualIncome(x.o.AnnualIncome) == SizeBand.Micro && x.o.Needs.Any(n => n.Area == "GOVERNANCE"))
        .Select(x => x.id)
        .ToArray();

    public static string Org(int databaseId) => GlobalId.Encode("Organisation", databaseId);

    public static async Task SignInAsync(IPage page, string token)
    {
        await page.GetByLabel("Coordinator's token").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this token" }).ClickAsync();
    }

    /// <summary>Types the organisation's name, searches, and chooses it among the results; waits for its suggestions.</summary>
    public static async Task SearchAndChooseAsync(IPage page, int organisation)
    {
        var name = TestDataset.Poole.Organisations[organisation - 1].Name;
        await page.GetByLabel("Organisation name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.Locator("#search-results").GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        await Assertions.Expect(page.Locator("#suggestions-status")).ToContainTextAsync("best first");
    }

    /// <summary>Opens the first suggestion's proposal form and sends it, with a note or none.</summary>
    public static async Task<ILocator> ProposeFirstAsync(IPage page, string? note = null)
    {
        var first = page.Locator(".suggestion").First;
        await first.GetByText("Propose this mentor").ClickAsync();
        if (note is not null)
        {
            await first.GetByLabel("Note to the mentor (optional)").FillAsync(note);
        }

        await first.GetByRole(AriaRole.Button, new() { NameRegex = new("^Propose ") }).ClickAsync();
        return first;
    }

    public static async Task<List<(string Mentor, double Score, int Components)>> SuggestionsFromTheApiAsync(HttpClient api, int organisation)
    {
        var data = await api.QueryDataAsync(
            "query($id: ID!) { mentorSuggestions(organisationId: $id, first: 10) { mentor { name } score components { kind } } }", new { id = Org(organisation) });
        return data["mentorSuggestions"]!.AsArray()
            .Select(s => (s!["mentor"]!["name"]!.GetValue<string>(), s["score"]!.GetValue<double>(), s["components"]!.AsArray().Count))
            .ToList();
    }

    public static async Task<List<(string State, string Mentor)>> InProgressFromTheApiAsync(HttpClient api, int organisation)
    {
        var data = await api.QueryDataAsync(
            "query($id: ID!) { organisation(id: $id) { mentoringPairings { nodes { state mentor { name } } } } }", new { id = Org(organisation) });
        return data["organisation"]!["mentoringPairings"]!["nodes"]!.AsArray()
            .Select(p => (p!["state"]!.GetValue<string>(), p["mentor"]!["name"]!.GetValue<string>()))
            .Where(p => p.Item1 is "PROPOSED" or "ACCEPTED" or "ACTIVE")
            .ToList();
    }
}
