using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>The engagement record kept going: new events beside the report's six, and the report's proposals as records.</summary>
public sealed class EngagementRecordTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task The_reports_proposals_are_records_open_and_in_the_reports_wording()
    {
        var themes = (await factory.CreateClient().QueryDataAsync("{ programmeThemes { nodes { proposals trackedProposals { text status owner { id } } } } }"))["programmeThemes"]!["nodes"]!.AsArray();

        Assert.All(themes, t =>
        {
            Assert.Equal(t!["proposals"]!.AsArray().Select(p => p!.GetValue<string>()), t["trackedProposals"]!.AsArray().Select(p => p!["text"]!.GetValue<string>()));
            Assert.All(t["trackedProposals"]!.AsArray(), p => Assert.Equal("OPEN", p!["status"]!.GetValue<string>()));
        });
        Assert.Equal(6, themes.Sum(t => t!["trackedProposals"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_recorded_event_joins_the_reports_six_which_stay_real_and_unchanged()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        const string Events = "{ engagementEvents(first: 50) { nodes { heldIn kind attendees isSynthetic source centres { name } themes { name } } } }";
        var before = (await staff.QueryDataAsync(Events))["engagementEvents"]!["nodes"]!.AsArray();

        var response = await staff.QueryDataAsync(
            "mutation($input: RecordEngagementEventInput!) { recordEngagementEvent(input: $input) { engagementEvent { id isSynthetic } userErrors { code } } }",
            OutcomeMutationInputs.Variables("recordEngagementEvent", 2, null));
        var after = (await staff.QueryDataAsync(Events))["engagementEvents"]!["nodes"]!.AsArray();

        Assert.Empty(response["recordEngagementEvent"]!["userErrors"]!.AsArray());
        Assert.Equal(6, before.Count);
        Assert.All(before, e => Assert.False(e!["isSynthetic"]!.GetValue<bool>()));
        Assert.Equal(before.ToJsonString(), new JsonArray([.. after.Take(6).Select(e => e!.DeepClone())]).ToJsonString());
        Assert.Single(after[6]!["centres"]!.AsArray());
    }

    [Fact]
    public async Task A_proposal_in_progress_needs_an_owner_and_a_next_step()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

        var response = await staff.QueryDataAsync(
            "mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { id } userErrors { field code } } }",
            new { input = new { id = GlobalId.Encode("Proposal", 6), version = 1, status = "IN_PROGRESS", indicators = new[] { "NOT_AN_INDICATOR" } } });

        var errors = response["updateProposal"]!["userErrors"]!.AsArray().Select(e => (OutcomeReads.Field(e), e!["code"]!.GetValue<string>())).ToList();
        Assert.Contains(("input.status", "INCONSISTENT"), errors);
        Assert.Contains(("input.indicators.0", "UNKNOWN_REFERENCE"), errors);
    }
}
