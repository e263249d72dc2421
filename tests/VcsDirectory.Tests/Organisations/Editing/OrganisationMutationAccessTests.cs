using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Organisations.Editing;

/// <summary>Every organisation mutation × every role: it works for the right role, and for the others fails cleanly with nothing written.</summary>
public sealed class OrganisationMutationAccessTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    public enum Caller
    {
        Anonymous,
        CoordinatorOfThis,
        CoordinatorOfAnother,
        CvsStaff,
    }

    private static readonly string[] Mutations =
    [
        "updateOrganisationProfile", "setOrganisationCapacities", "setOrganisationNeeds", "setOrganisationWillingness",
        "setOrganisationWardsAndServices", "archiveOrganisation",
    ];

    public static TheoryData<string, Caller> Matrix()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var mutation in Mutations)
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
    public async Task An_edit_succeeds_only_for_coordinators_of_the_organisation_and_CVS_staff(string mutation, Caller caller)
    {
        var organisation = 1 + (Array.IndexOf(Mutations, mutation) * 4) + (int)caller;
        var before = await OrganisationState.ReadAsync(factory, organisation);
        var client = factory.CreateClient().WithToken(Token(caller, organisation));

        var response = await client.PostGraphQLAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ organisation {{ version }} userErrors {{ field code message }} }} }}",
            new { input = Input(mutation, organisation, before["version"]!.GetValue<int>()) });
        var after = await OrganisationState.ReadAsync(factory, organisation);

        if (caller is Caller.CoordinatorOfThis or Caller.CvsStaff)
        {
            Assert.Null(response.Errors);
            Assert.Empty(response.Data![mutation]!["userErrors"]!.AsArray());
            Assert.Equal(before["version"]!.GetValue<int>() + 1, after["version"]!.GetValue<int>());
        }
        else
        {
            Assert.Equal([caller == Caller.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN"], response.ErrorCodes);
            Assert.Null(response.Data?[mutation]);
            Assert.Equal(before.ToJsonString(), after.ToJsonString());
        }
    }

    [Theory]
    [InlineData(Caller.Anonymous, "UNAUTHENTICATED")]
    [InlineData(Caller.CoordinatorOfThis, "FORBIDDEN")]
    [InlineData(Caller.CvsStaff, null)]
    public async Task Only_CVS_staff_create_organisations(Caller caller, string? expectedError)
    {
        var client = factory.CreateClient().WithToken(Token(caller, 100));
        var name = $"Test group created by {caller}";

        var response = await client.PostGraphQLAsync(
            "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { name sizeBand version isSynthetic } userErrors { code } } }",
            new { input = new { name, kind = "COMMUNITY_GROUP", annualIncome = 4000, wards = new[] { "OAKDALE" }, isSynthetic = true } });
        var found = await factory.CreateClient().QueryDataAsync("query($name: String!) { organisations(where: { name: { eq: $name } }) { totalCount } }", new { name });

        Assert.Equal(expectedError is null ? [] : [expectedError], response.ErrorCodes);
        Assert.Equal(expectedError is null ? 1 : 0, found["organisations"]!["totalCount"]!.GetValue<int>());
        if (expectedError is null)
        {
            Assert.Equal("MICRO", response.Data!["createOrganisation"]!["organisation"]!["sizeBand"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Contact_details_are_served_to_the_organisations_coordinator_and_CVS_staff_only()
    {
        const string Query = "query($id: ID!) { organisation(id: $id) { contactEmail } }";
        var id = OrganisationState.Id(120);

        async Task<string?> EmailAsync(string? token) =>
            (await factory.CreateClient().WithToken(token).QueryDataAsync(Query, new { id }))["organisation"]!["contactEmail"]?.GetValue<string>();

        Assert.NotNull(await EmailAsync(TestTokens.CoordinatorOf(120)));
        Assert.NotNull(await EmailAsync(TestTokens.CvsStaff()));
        Assert.Null(await EmailAsync(TestTokens.CoordinatorOf(121)));
        Assert.Null(await EmailAsync(null));
    }

    private static string? Token(Caller caller, int organisation) => caller switch
    {
        Caller.Anonymous => null,
        Caller.CoordinatorOfThis => TestTokens.CoordinatorOf(organisation),
        Caller.CoordinatorOfAnother => TestTokens.CoordinatorOf(organisation + 1),
        _ => TestTokens.CvsStaff(),
    };

    private static object Input(string mutation, int organisation, int version)
    {
        var id = OrganisationState.Id(organisation);
        return mutation switch
        {
            "updateOrganisationProfile" => new { id, version, description = "Changed by the access test.", staffCount = 2 },
            "setOrganisationCapacities" => new { id, version, capacities = new[] { new { area = "PREMISES", strength = 2, note = (string?)null } } },
            "setOrganisationNeeds" => new { id, version, needs = new[] { new { area = "GOVERNANCE", priority = 3, note = "Trustee recruitment" } } },
            "setOrganisationWillingness" => new { id, version, willingness = new { toMentor = false, maxMentees = 0, toLeadConsortium = false, toJoinConsortium = true, toManageCentre = false, toAddValue = true } },
            "setOrganisationWardsAndServices" => new { id, version, wards = new[] { "PARKSTONE", "PENN_HILL" }, services = new[] { "YOUTH" } },
            "archiveOrganisation" => (object)new { id, version, reason = "Closed (test)." },
            _ => throw new ArgumentOutOfRangeException(nameof(mutation)),
        };
    }
}
