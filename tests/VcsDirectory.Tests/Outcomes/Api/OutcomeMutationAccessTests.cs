using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>
/// Every outcomes and engagement mutation × every role: it works for those the rule names (CVS staff; the centre's manager
/// where the centre's own figures are concerned), and for the others fails cleanly with nothing written.
/// </summary>
public sealed class OutcomeMutationAccessTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    public enum Caller
    {
        Anonymous,
        Coordinator,
        ManagerOfAnotherCentre,
        ManagerOfTheCentre,
        CvsStaff,
    }

    private static readonly string[] StaffOnly = ["createServiceSpecification", "updateServiceSpecification", "recordEngagementEvent", "updateProposal"];

    private static readonly string[] ManagerOrStaff = ["recordIndicatorValue", "createParticipationOpportunity", "updateParticipationOpportunity"];

    public static TheoryData<string, Caller> Matrix()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var mutation in StaffOnly.Concat(ManagerOrStaff))
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(mutation, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task An_outcomes_edit_succeeds_only_for_the_roles_its_rule_names(string mutation, Caller caller)
    {
        // Each row works on a centre of its own (1-5), so rows never meet.
        var centre = 1 + (int)caller;
        var target = await TargetAsync(mutation, centre);
        var client = factory.CreateClient().WithToken(caller switch
        {
            Caller.Coordinator => TestTokens.CoordinatorOf(1),
            Caller.ManagerOfAnotherCentre => TestTokens.CentreManagerOf(centre == 8 ? 1 : 8),
            Caller.ManagerOfTheCentre => TestTokens.CentreManagerOf(centre),
            Caller.CvsStaff => TestTokens.CvsStaff(),
            _ => null,
        });
        var before = await SnapshotAsync(centre);

        var response = await client.PostGraphQLAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ userErrors {{ field code message }} }} }}",
            new { input = OutcomeMutationInputs.For(mutation, centre, target) });

        var allowed = caller == Caller.CvsStaff || (caller == Caller.ManagerOfTheCentre && ManagerOrStaff.Contains(mutation));
        if (allowed)
        {
            Assert.Null(response.Errors);
            Assert.Empty(response.Data![mutation]!["userErrors"]!.AsArray());
            Assert.NotEqual(before, await SnapshotAsync(centre));
        }
        else
        {
            Assert.Equal([caller == Caller.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN"], response.ErrorCodes);
            Assert.Null(response.Data?[mutation]);
            Assert.Equal(before, await SnapshotAsync(centre));
        }
    }

    [Fact]
    public async Task Each_outcomes_edit_leaves_an_audit_entry()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        await staff.QueryDataAsync(
            "mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { indicatorValue { id } } }",
            OutcomeMutationInputs.Variables("recordIndicatorValue", 7, null));

        var trail = await staff.QueryDataAsync("{ auditTrail(first: 5, where: { entityType: { eq: \"IndicatorValue\" } }) { nodes { action actor } } }");

        Assert.Contains(trail["auditTrail"]!["nodes"]!.AsArray(), n => n!["action"]!.GetValue<string>() == "recordIndicatorValue");
    }

    /// <summary>The record an update works on: the centre's specification, an opportunity of the centre, or a proposal.</summary>
    private async Task<JsonNode?> TargetAsync(string mutation, int centre)
    {
        var client = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        return mutation switch
        {
            "updateServiceSpecification" => (await OutcomeReads.CentreAsync(client, centre))["specification"],
            "updateParticipationOpportunity" => (await client.QueryDataAsync(
                "query($id: ID!) { node(id: $id) { ... on ChildrensCentre { participationOpportunities { id version } } } }", new { id = OutcomeReads.CentreId(centre) }))["node"]!["participationOpportunities"]![0],
            "updateProposal" => (await client.QueryDataAsync("query($id: ID!) { node(id: $id) { ... on Proposal { id version } } }", new { id = GlobalId.Encode("Proposal", centre) }))["node"],
            _ => null,
        };
    }

    /// <summary>Everything the mutations can change, as staff read it.</summary>
    private async Task<string> SnapshotAsync(int centre) =>
        (await factory.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync("""
            query($id: ID!, $proposal: ID!) {
              node(id: $id) { ... on ChildrensCentre { specification { version periodEnd } participationOpportunities { version description } } }
              proposal: node(id: $proposal) { ... on Proposal { version status consortia { id } supportPlans { id } } }
              engagementEvents { totalCount }
              auditTrail(where: { entityType: { in: ["IndicatorValue", "ParticipationOpportunity", "ServiceSpecification", "EngagementEvent", "Proposal"] } }) { totalCount }
            }
            """, new { id = OutcomeReads.CentreId(centre), proposal = GlobalId.Encode("Proposal", centre) })).ToJsonString();
}
