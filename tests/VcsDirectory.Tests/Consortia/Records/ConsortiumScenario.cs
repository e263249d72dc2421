using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Consortia.Records;

/// <summary>Consortia put into a given state through the API, with a lead willing to lead and members willing to join from the demo data.</summary>
public sealed class ConsortiumScenario(DirectoryApiFactory factory)
{
    public const string Fields = "consortium { id version status members { organisation { databaseId } role invitation categories } } userErrors { field code message }";

    public int Lead { get; private set; }

    public IReadOnlyList<int> Joiners { get; private set; } = [];

    /// <summary>The first user error's field path, dot-joined, and code.</summary>
    public static (string Field, string Code) FirstError(JsonNode payload)
    {
        var error = payload["userErrors"]![0]!;
        return (string.Join('.', error["field"]!.AsArray().Select(f => f!.GetValue<string>())), error["code"]!.GetValue<string>());
    }

    public static string Org(int id) => GlobalId.Encode("Organisation", id);

    public static string Centre(int id) => GlobalId.Encode("ChildrensCentre", id);

    public async Task<ConsortiumScenario> LoadAsync()
    {
        var client = factory.CreateClient();
        Lead = (await IdsAsync(client, "toLeadConsortium", 1))[0];
        Joiners = [.. (await IdsAsync(client, "toJoinConsortium", 6)).Where(id => id != Lead).Take(4)];
        return this;
    }

    /// <summary>A FORMING consortium at centre 1 led by <see cref="Lead"/>, created by CVS staff: its id.</summary>
    public async Task<string> FormingAsync(string name = "Test consortium")
    {
        var payload = await RunAsync(TestTokens.CvsStaff(), "createConsortium", new
        {
            name, kind = "LEAD_PARTNER", purpose = "DELIVER_SERVICES", centreId = Centre(1), leadId = Org(Lead), categories = new[] { "EARLY_YEARS" },
        });
        return payload["consortium"]!["id"]!.GetValue<string>();
    }

    /// <summary>A FORMING consortium with <paramref name="member"/> invited (version 2).</summary>
    public async Task<string> InvitedAsync(int member, string category = "PARENTING_SUPPORT")
    {
        var id = await FormingAsync();
        await RunAsync(TestTokens.CvsStaff(), "inviteToConsortium", new { id, version = 1, organisationId = Org(member), categories = new[] { category } });
        return id;
    }

    /// <summary>A FORMING consortium with <paramref name="member"/> a member (version 3).</summary>
    public async Task<string> JoinedAsync(int member, string category = "PARENTING_SUPPORT")
    {
        var id = await InvitedAsync(member, category);
        await RunAsync(TestTokens.CoordinatorOf(member), "respondToConsortiumInvitation", new { id, version = 2, organisationId = Org(member), accept = true });
        return id;
    }

    /// <summary>Runs a consortium mutation and asserts no request error; returns its payload.</summary>
    public async Task<JsonNode> RunAsync(string? token, string mutation, object input, string fields = Fields)
    {
        var response = await SendAsync(token, mutation, input, fields);
        Assert.True(response.Errors is null, response.ToString());
        return response.Data![mutation]!;
    }

    public Task<GraphQLResponse> SendAsync(string? token, string mutation, object input, string fields = Fields) =>
        factory.CreateClient().WithToken(token).PostGraphQLAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ {fields} }} }}", new { input });

    public async Task<JsonNode> ReadAsync(string id) =>
        (await factory.CreateClient().QueryDataAsync(
            "query($id: ID!) { node(id: $id) { ... on Consortium { version status proposedAt activatedAt dissolvedAt members { organisation { databaseId } invitation } } } }",
            new { id }))["node"]!;

    private static async Task<List<int>> IdsAsync(HttpClient client, string willing, int count) =>
        [.. (await client.QueryDataAsync(
            $"query($n: Int!) {{ organisations(first: $n, where: {{ willingness: {{ {willing}: {{ eq: true }} }} }}) {{ nodes {{ databaseId }} }} }}", new { n = count }))
            ["organisations"]!["nodes"]!.AsArray().Select(n => n!["databaseId"]!.GetValue<int>())];
}
