using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Consortia.Records;

/// <summary>The root consortia connection with its filters, a centre's and an organisation's consortia, and the audit trail.</summary>
public sealed class ConsortiumReadTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task The_root_connection_filters_by_centre_status_and_kind()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var id = await scenario.FormingAsync("Filtered consortium");
        await scenario.RunAsync(TestTokens.CoordinatorOf(scenario.Lead), "submitConsortium", new { id, version = 1 });
        await scenario.FormingAsync("Still forming");

        var data = await factory.CreateClient().QueryDataAsync(
            "{ consortia(first: 10, where: { centreDatabaseId: { eq: 1 }, status: { eq: PROPOSED }, kind: { eq: LEAD_PARTNER } }) { totalCount nodes { id name } } }");

        Assert.Equal(["Filtered consortium"], data["consortia"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_centre_and_each_organisation_invited_list_the_consortium()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var member = scenario.Joiners[0];
        var id = await scenario.InvitedAsync(member);

        var data = await factory.CreateClient().QueryDataAsync(
            "query($c: ID!, $m: ID!) { centre: node(id: $c) { ... on ChildrensCentre { consortia(first: 50) { nodes { id } } } } member: node(id: $m) { ... on Organisation { consortia(first: 50) { nodes { id } } } } }",
            new { c = ConsortiumScenario.Centre(1), m = ConsortiumScenario.Org(member) });

        Assert.Contains(data["centre"]!["consortia"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        Assert.Contains(data["member"]!["consortia"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Each_step_leaves_an_audit_entry()
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var id = await scenario.InvitedAsync(scenario.Joiners[0]);
        var databaseId = VcsDirectory.Api.GraphQL.Nodes.GlobalId.DecodeFor(id, "Consortium", "id");

        var trail = await factory.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync(
            "query($id: Int!) { auditTrail(first: 5, where: { entityType: { eq: \"Consortium\" }, entityDatabaseId: { eq: $id } }) { nodes { action } } }", new { id = databaseId });

        Assert.Equal(["createConsortium", "inviteToConsortium"], trail["auditTrail"]!["nodes"]!.AsArray().Select(n => n!["action"]!.GetValue<string>()).Order());
    }

    [Fact]
    public void A_readiness_area_missing_from_the_taxonomy_stops_the_start()
    {
        using var misconfigured = new DirectoryApiFactory();
        misconfigured.Settings["Consortia:Readiness:JoinConsortium:0"] = "ASTROLOGY";

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());

        Assert.Contains("ASTROLOGY", failure.ToString(), StringComparison.Ordinal);
    }
}
