using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Centres;

public sealed class ChildrensCentreMutationTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Read = "query($id: ID!) { childrensCentre(id: $id) { version name volunteerCount operatorKind operator { name } reachWards { nodes { code } } } }";
    private const string Update = "mutation($input: UpdateChildrensCentreInput!) { updateChildrensCentre(input: $input) { childrensCentre { version volunteerCount } userErrors { field code } } }";
    private const string Link = "mutation($input: LinkCentreOperatorInput!) { linkCentreOperator(input: $input) { childrensCentre { operatorKind operator { databaseId } } userErrors { field code } } }";

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    public static TheoryData<string?, string?> Callers => new()
    {
        { null, "UNAUTHENTICATED" },
        { "coordinator", "FORBIDDEN" },
        { "staff", null },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Only_CVS_staff_update_centres(string? caller, string? expectedError)
    {
        var id = GlobalId.Encode("ChildrensCentre", 3);
        var before = (await _staff.QueryDataAsync(Read, new { id }))["childrensCentre"]!;
        var client = factory.CreateClient().WithToken(caller switch { "staff" => TestTokens.CvsStaff(), "coordinator" => TestTokens.CoordinatorOf(1), _ => null });

        var response = await client.PostGraphQLAsync(Update, new { input = new { id, version = before["version"]!.GetValue<int>(), volunteerCount = 31 } });
        var after = (await _staff.QueryDataAsync(Read, new { id }))["childrensCentre"]!;

        Assert.Equal(expectedError is null ? [] : [expectedError], response.ErrorCodes);
        Assert.Equal(expectedError is null ? 31 : before["volunteerCount"]!.GetValue<int>(), after["volunteerCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Staff_link_an_organisation_as_operator_and_hand_the_centre_back_to_the_council()
    {
        var id = GlobalId.Encode("ChildrensCentre", 5);
        var version = (await _staff.QueryDataAsync(Read, new { id }))["childrensCentre"]!["version"]!.GetValue<int>();

        var linked = await _staff.QueryDataAsync(Link, new { input = new { id, version, operatorId = GlobalId.Encode("Organisation", 30) } });
        var back = await _staff.QueryDataAsync(Link, new { input = new { id, version = version + 1, operatorId = (string?)null } });

        Assert.Equal(30, linked["linkCentreOperator"]!["childrensCentre"]!["operator"]!["databaseId"]!.GetValue<int>());
        Assert.Equal("COUNCIL", back["linkCentreOperator"]!["childrensCentre"]!["operatorKind"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_operator_that_does_not_exist_is_refused_and_nothing_changes()
    {
        var id = GlobalId.Encode("ChildrensCentre", 6);
        var before = (await _staff.QueryDataAsync(Read, new { id }))["childrensCentre"]!;

        var response = await _staff.QueryDataAsync(Link, new { input = new { id, version = before["version"]!.GetValue<int>(), operatorId = GlobalId.Encode("Organisation", 99999) } });

        Assert.Equal("UNKNOWN_REFERENCE", response["linkCentreOperator"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(before.ToJsonString(), (await _staff.QueryDataAsync(Read, new { id }))["childrensCentre"]!.ToJsonString());
    }

    [Fact]
    public async Task A_new_centre_needs_a_unique_name_and_known_wards()
    {
        const string Create = "mutation($input: CreateChildrensCentreInput!) { createChildrensCentre(input: $input) { childrensCentre { name locationPrecision } userErrors { field code } } }";

        var duplicate = await _staff.QueryDataAsync(Create, new { input = new { name = "Rossmore Children's Centre", status2013 = "test", source = "test", reachWards = new[] { "NOWHERE" } } });
        var created = await _staff.QueryDataAsync(Create, new { input = new { name = "Test Family Hub", status2013 = "proposed", source = "test", location = new { latitude = 50.73, longitude = -1.95 }, isSynthetic = true } });

        var codes = duplicate["createChildrensCentre"]!["userErrors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(["DUPLICATE", "UNKNOWN_REFERENCE"], codes.Order());
        Assert.Equal("EXACT", created["createChildrensCentre"]!["childrensCentre"]!["locationPrecision"]!.GetValue<string>());
    }
}
