using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Consortia.Records;
using VcsDirectory.Tests.Consortia.SupportPlans;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>A proposal linked to what delivers it: consortia and support plans made through the API, each id checked.</summary>
public sealed class ProposalDeliveryTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Update = "mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { id version nextStep consortia { id } supportPlans { id } } userErrors { field code } } }";

    private const string Read = """
        query($id: ID!, $entity: Int!) {
          node(id: $id) { ... on Proposal { id version consortia { id status } supportPlans { id aim } } }
          auditTrail(where: { entityType: { eq: "Proposal" }, entityDatabaseId: { eq: $entity } }) { totalCount }
        }
        """;

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task A_proposal_links_a_consortium_and_a_support_plan_and_keeps_them_when_they_are_omitted()
    {
        var (consortium, plan) = await DeliverersAsync(0);
        var id = GlobalId.Encode("Proposal", 2);

        var linked = (await _staff.QueryDataAsync(Update, new { input = new { id, version = 1, consortiumIds = new[] { consortium }, supportPlanIds = new[] { plan } } }))["updateProposal"]!;
        var kept = (await _staff.QueryDataAsync(Update, new { input = new { id, version = 2, nextStep = "Agree the consortium's first bid." } }))["updateProposal"]!;
        var read = await _staff.QueryDataAsync(Read, new { id, entity = 2 });

        Assert.Empty(linked["userErrors"]!.AsArray());
        Assert.Equal([consortium], Ids(linked["proposal"]!["consortia"]));
        Assert.Equal([plan], Ids(linked["proposal"]!["supportPlans"]));
        Assert.Empty(kept["userErrors"]!.AsArray());
        Assert.Equal([consortium], Ids(kept["proposal"]!["consortia"]));
        Assert.Equal([plan], Ids(kept["proposal"]!["supportPlans"]));
        Assert.Equal(3, read["node"]!["version"]!.GetValue<int>());
        Assert.Equal("FORMING", read["node"]!["consortia"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("MANAGE_CENTRE", read["node"]!["supportPlans"]![0]!["aim"]!.GetValue<string>());
        Assert.Equal(2, read["auditTrail"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_id_that_is_no_consortium_or_support_plan_is_an_unknown_reference_and_nothing_is_written()
    {
        var (consortium, plan) = await DeliverersAsync(1);
        var id = GlobalId.Encode("Proposal", 3);
        var before = (await _staff.QueryDataAsync(Read, new { id, entity = 3 })).ToJsonString();

        var response = (await _staff.QueryDataAsync(Update, new
        {
            input = new
            {
                id, version = 1,
                consortiumIds = new[] { consortium, GlobalId.Encode("Consortium", 99_999) },
                supportPlanIds = new[] { GlobalId.Encode("Organisation", 1), plan },
            },
        }))["updateProposal"]!;

        var errors = response["userErrors"]!.AsArray().Select(e => (OutcomeReads.Field(e), e!["code"]!.GetValue<string>())).ToList();
        Assert.Null(response["proposal"]);
        Assert.Equal([("input.consortiumIds.1", "UNKNOWN_REFERENCE"), ("input.supportPlanIds.0", "UNKNOWN_REFERENCE")], errors.Order());
        Assert.Equal(before, (await _staff.QueryDataAsync(Read, new { id, entity = 3 })).ToJsonString());
    }

    private static List<string> Ids(JsonNode? list) => [.. list!.AsArray().Select(n => n!["id"]!.GetValue<string>())];

    /// <summary>A forming consortium, and a support plan for the <paramref name="nth"/> organisation with readiness gaps (one per test, so no two plans overlap).</summary>
    private async Task<(string Consortium, string Plan)> DeliverersAsync(int nth)
    {
        var consortium = await (await new ConsortiumScenario(factory).LoadAsync()).FormingAsync("Delivers a proposal");
        var plans = new SupportPlanScenario(factory);
        var plan = (await plans.CreateAsync(TestTokens.CvsStaff(), (await plans.WithGapsAsync(nth + 1))[nth]))["supportPlan"]!["id"]!.GetValue<string>();
        return (consortium, plan);
    }
}
