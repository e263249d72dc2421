using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Services.Editing;

/// <summary>Every service mutation × every role: it works for the provider's coordinators and CVS staff, and for the others fails cleanly with nothing written.</summary>
public sealed class ServiceMutationAccessTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    public enum Caller
    {
        Anonymous,
        CoordinatorOfProvider,
        CoordinatorOfAnother,
        CvsStaff,
    }

    private static readonly string[] Mutations = ["createService", "updateService", "deliverServiceAtCentre", "withdrawService"];

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
    public async Task A_service_edit_succeeds_only_for_its_providers_coordinators_and_CVS_staff(string mutation, Caller caller)
    {
        var serviceId = 1 + (Array.IndexOf(Mutations, mutation) * 4) + (int)caller;
        var before = await ReadAsync(serviceId);
        var provider = before["provider"]!["databaseId"]!.GetValue<int>();
        var client = factory.CreateClient().WithToken(caller switch
        {
            Caller.CoordinatorOfProvider => TestTokens.CoordinatorOf(provider),
            Caller.CoordinatorOfAnother => TestTokens.CoordinatorOf(provider + 1),
            Caller.CvsStaff => TestTokens.CvsStaff(),
            _ => null,
        });

        var response = await client.PostGraphQLAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ service {{ version }} userErrors {{ field code message }} }} }}",
            new { input = Input(mutation, before, provider, caller) });
        var after = await ReadAsync(serviceId);

        if (caller is Caller.CoordinatorOfProvider or Caller.CvsStaff)
        {
            Assert.Null(response.Errors);
            Assert.Empty(response.Data![mutation]!["userErrors"]!.AsArray());
            Assert.Equal(mutation == "createService" ? 1 : 2, response.Data[mutation]!["service"]!["version"]!.GetValue<int>());
        }
        else
        {
            Assert.Equal([caller == Caller.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN"], response.ErrorCodes);
            Assert.Null(response.Data?[mutation]);
            Assert.Equal(before.ToJsonString(), after.ToJsonString());
            Assert.Equal(0, await CountNamedAsync($"Dads' stay and play ({caller})"));
        }
    }

    [Fact]
    public async Task Each_service_edit_leaves_an_audit_entry()
    {
        var staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var before = await ReadAsync(30);

        await staff.QueryDataAsync("mutation($input: WithdrawServiceInput!) { withdrawService(input: $input) { service { status } } }", new { input = new { id = before["id"]!.GetValue<string>(), version = 1 } });

        var trail = await staff.QueryDataAsync("{ auditTrail(first: 5, where: { entityType: { eq: \"Service\" }, entityDatabaseId: { eq: 30 } }) { nodes { action actor } } }");
        Assert.Contains(trail["auditTrail"]!["nodes"]!.AsArray(), n => n!["action"]!.GetValue<string>() == "withdrawService");
    }

    private static object Input(string mutation, JsonNode service, int provider, Caller caller) => mutation switch
    {
        "createService" => new
        {
            providerId = GlobalId.Encode("Organisation", provider),
            name = $"Dads' stay and play ({caller})",
            category = "EARLY_YEARS",
            deliveryModes = new[] { "IN_PERSON" },
            schedule = new[] { new { day = "SATURDAY", opensAt = "10:00:00", closesAt = "11:30:00" } },
            isSynthetic = true,
        },
        "updateService" => new { id = service["id"]!.GetValue<string>(), version = 1, name = "Renamed service (test)", minimumAgeMonths = 6 },
        "deliverServiceAtCentre" => new { id = service["id"]!.GetValue<string>(), version = 1, centreId = GlobalId.Encode("ChildrensCentre", 3) },
        _ => new { id = service["id"]!.GetValue<string>(), version = 1 },
    };

    private async Task<JsonNode> ReadAsync(int id) =>
        (await factory.CreateClient().QueryDataAsync(
            "query($id: ID!) { node(id: $id) { ... on Service { id name status version minimumAgeMonths provider { databaseId } deliveredAt { nodes { name } } } } }",
            new { id = GlobalId.Encode("Service", id) }))["node"]!;

    private async Task<int> CountNamedAsync(string name) =>
        (await factory.CreateClient().QueryDataAsync("query($name: String!) { services(where: { name: { eq: $name } }) { totalCount } }", new { name }))["services"]!["totalCount"]!.GetValue<int>();
}
