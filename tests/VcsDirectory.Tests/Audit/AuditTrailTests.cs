using VcsDirectory.Tests.Infrastructure;
using VcsDirectory.Tests.Organisations.Editing;

namespace VcsDirectory.Tests.Audit;

public sealed class AuditTrailTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Trail = """
        query($id: Int!) { auditTrail(where: { entityType: { eq: "Organisation" }, entityDatabaseId: { eq: $id } }) { nodes { actor action entityId changes } } }
        """;

    [Fact]
    public async Task CVS_staff_see_who_changed_what_and_when()
    {
        var version = (await OrganisationState.ReadAsync(factory, 11))["version"]!.GetValue<int>();
        await factory.CreateClient().WithToken(TestTokens.CoordinatorOf(11)).QueryDataAsync(
            "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { userErrors { code } } }",
            new { input = new { id = OrganisationState.Id(11), version, staffCount = 42 } });

        var entries = (await factory.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync(Trail, new { id = 11 }))["auditTrail"]!["nodes"]!.AsArray();

        var entry = Assert.Single(entries)!;
        Assert.Equal("coordinator-of-11", entry["actor"]!.GetValue<string>());
        Assert.Equal("updateOrganisationProfile", entry["action"]!.GetValue<string>());
        Assert.Equal(OrganisationState.Id(11), entry["entityId"]!.GetValue<string>());
        Assert.Contains("\"StaffCount\":[", entry["changes"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("\"42\"]", entry["changes"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_else_reads_the_audit_trail()
    {
        var anonymous = await factory.CreateClient().PostGraphQLAsync(Trail, new { id = 11 });
        var coordinator = await factory.CreateClient().WithToken(TestTokens.CoordinatorOf(11)).PostGraphQLAsync(Trail, new { id = 11 });

        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], coordinator.ErrorCodes);
    }
}
