using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Mentoring.Pairings;

/// <summary>Proposed → accepted or declined → active → ended, each step by the right side, and history feeding the rules.</summary>
public sealed class PairingLifecycleTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Fields = "mentoringPairing { id version state outcome note } userErrors { field code message }";

    [Fact]
    public async Task A_pairing_goes_from_proposal_to_an_ended_outcome_by_the_right_sides()
    {
        var (mentee, mentor) = await EligiblePairAsync(0);

        var proposed = await RunAsync(TestTokens.CoordinatorOf(mentee), "proposeMentoringPairing", "ProposeMentoringPairingInput", new { menteeId = Org(mentee), mentorId = Org(mentor), note = "Help with trustees" });
        var accepted = await RunAsync(TestTokens.CoordinatorOf(mentor), "respondToMentoringPairing", "RespondToMentoringPairingInput", new { id = Id(proposed), version = 1, accept = true, note = "Gladly" });
        var active = await RunAsync(TestTokens.CoordinatorOf(mentee), "startMentoringPairing", "StartMentoringPairingInput", new { id = Id(proposed), version = 2 });
        var ended = await RunAsync(TestTokens.CoordinatorOf(mentor), "endMentoringPairing", "EndMentoringPairingInput", new { id = Id(proposed), version = 3, outcome = "COMPLETED", note = "Board in place" });

        Assert.Equal(["PROPOSED", "ACCEPTED", "ACTIVE", "ENDED"], new[] { proposed, accepted, active, ended }.Select(p => p["mentoringPairing"]!["state"]!.GetValue<string>()));
        Assert.Equal("COMPLETED", ended["mentoringPairing"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_mentors_side_answers_a_proposal()
    {
        var (mentee, mentor) = await EligiblePairAsync(1);
        var proposed = await RunAsync(TestTokens.CoordinatorOf(mentee), "proposeMentoringPairing", "ProposeMentoringPairingInput", new { menteeId = Org(mentee), mentorId = Org(mentor) });

        var response = await factory.CreateClient().WithToken(TestTokens.CoordinatorOf(mentee)).PostGraphQLAsync(
            $"mutation($input: RespondToMentoringPairingInput!) {{ respondToMentoringPairing(input: $input) {{ {Fields} }} }}",
            new { input = new { id = Id(proposed), version = 1, accept = true } });

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_declined_pair_is_not_proposed_again_and_says_why()
    {
        var (mentee, mentor) = await EligiblePairAsync(2);
        var proposed = await RunAsync(TestTokens.CoordinatorOf(mentee), "proposeMentoringPairing", "ProposeMentoringPairingInput", new { menteeId = Org(mentee), mentorId = Org(mentor) });
        await RunAsync(TestTokens.CoordinatorOf(mentor), "respondToMentoringPairing", "RespondToMentoringPairingInput", new { id = Id(proposed), version = 1, accept = false, note = "No capacity this year" });

        var again = await RunAsync(TestTokens.CoordinatorOf(mentee), "proposeMentoringPairing", "ProposeMentoringPairingInput", new { menteeId = Org(mentee), mentorId = Org(mentor) });

        var error = again["userErrors"]![0]!;
        Assert.Equal("INELIGIBLE", error["code"]!.GetValue<string>());
        Assert.Contains("declined", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(again["mentoringPairing"]);
    }

    [Fact]
    public async Task A_smaller_organisation_cannot_be_proposed_as_mentor()
    {
        var (mentee, mentor) = await EligiblePairAsync(3);

        var reversed = await RunAsync(TestTokens.CoordinatorOf(mentor), "proposeMentoringPairing", "ProposeMentoringPairingInput", new { menteeId = Org(mentor), mentorId = Org(mentee) });

        Assert.Contains(reversed["userErrors"]!.AsArray(), e => e!["message"]!.GetValue<string>().Contains("must be larger", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_step_out_of_order_is_refused_and_changes_nothing()
    {
        var (mentee, mentor) = await EligiblePairAsync(4);
        var proposed = await RunAsync(TestTokens.CoordinatorOf(mentee), "proposeMentoringPairing", "ProposeMentoringPairingInput", new { menteeId = Org(mentee), mentorId = Org(mentor) });

        var start = await RunAsync(TestTokens.CvsStaff(), "startMentoringPairing", "StartMentoringPairingInput", new { id = Id(proposed), version = 1 });
        var state = (await factory.CreateClient().QueryDataAsync("query($id: ID!) { node(id: $id) { ... on MentoringPairing { state version } } }", new { id = Id(proposed) }))["node"]!;

        Assert.Equal("INVALID_STATE", start["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(("PROPOSED", 1), (state["state"]!.GetValue<string>(), state["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_pairing_that_broke_down_keeps_the_pair_apart_in_suggestions()
    {
        var (mentee, mentor) = await EligiblePairAsync(5);
        var proposed = await RunAsync(TestTokens.CoordinatorOf(mentee), "proposeMentoringPairing", "ProposeMentoringPairingInput", new { menteeId = Org(mentee), mentorId = Org(mentor) });
        await RunAsync(TestTokens.CoordinatorOf(mentor), "respondToMentoringPairing", "RespondToMentoringPairingInput", new { id = Id(proposed), version = 1, accept = true });
        await RunAsync(TestTokens.CoordinatorOf(mentor), "endMentoringPairing", "EndMentoringPairingInput", new { id = Id(proposed), version = 2, outcome = "BROKE_DOWN" });

        var mentors = (await factory.CreateClient().QueryDataAsync("query($id: ID!) { mentorSuggestions(organisationId: $id, first: 50) { mentor { databaseId } } }", new { id = Org(mentee) }))["mentorSuggestions"]!.AsArray();

        Assert.DoesNotContain(mentors, m => m!["mentor"]!["databaseId"]!.GetValue<int>() == mentor);
    }

    private static string Org(int id) => GlobalId.Encode("Organisation", id);

    private static string Id(JsonNode payload) => payload["mentoringPairing"]!["id"]!.GetValue<string>();

    /// <summary>The n-th small group with suggestions, and its best mentor: distinct pairs for each test.</summary>
    private async Task<(int Mentee, int Mentor)> EligiblePairAsync(int n)
    {
        var client = factory.CreateClient();
        var found = new List<(int, int)>();
        foreach (var mentee in Enumerable.Range(1, 150))
        {
            var suggestions = (await client.QueryDataAsync("query($id: ID!) { mentorSuggestions(organisationId: $id, first: 1) { mentor { databaseId } } }", new { id = Org(mentee) }))["mentorSuggestions"]!.AsArray();
            if (suggestions.Count > 0 && found.All(f => f.Item2 != suggestions[0]!["mentor"]!["databaseId"]!.GetValue<int>()))
            {
                found.Add((mentee, suggestions[0]!["mentor"]!["databaseId"]!.GetValue<int>()));
                if (found.Count > n)
                {
                    return found[n];
                }
            }
        }

        throw new InvalidOperationException("Not enough eligible pairs in the demo data.");
    }

    private async Task<JsonNode> RunAsync(string token, string mutation, string inputType, object input)
    {
        var data = await factory.CreateClient().WithToken(token).QueryDataAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {Fields} }} }}", new { input });
        return data[mutation]!;
    }
}
