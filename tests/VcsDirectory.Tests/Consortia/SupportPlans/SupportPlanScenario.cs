using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Consortia.SupportPlans;

/// <summary>Organisations with readiness gaps from the demo data, and support plans made for them through the API.</summary>
public sealed class SupportPlanScenario(DirectoryApiFactory factory)
{
    public const string Fields = "supportPlan { id version aim startDate targetDate organisation { databaseId } steps { area source dueDate doneAt explanation mentor { databaseId } pairing { id } } } userErrors { field code message }";

    public static string Org(int id) => GlobalId.Encode("Organisation", id);

    /// <summary>The ids of organisations with at least one gap for managing a centre, the first <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<int>> WithGapsAsync(int count) =>
        [.. (await factory.CreateClient().QueryDataAsync("{ organisations(first: 60) { nodes { databaseId readiness(aim: MANAGE_CENTRE) { gaps } } } }"))
            ["organisations"]!["nodes"]!.AsArray()
            .Where(n => n!["readiness"]!["gaps"]!.AsArray().Count > 0)
            .Select(n => n!["databaseId"]!.GetValue<int>())
            .Take(count)];

    public async Task<JsonNode> CreateAsync(string? token, int organisation, string start = "2026-01-01", string target = "2027-07-01", string aim = "MANAGE_CENTRE")
    {
        var response = await SendAsync(token, "createSupportPlan", new { organisationId = Org(organisation), aim, start, targetDate = target });
        Assert.True(response.Errors is null, response.ToString());
        return response.Data!["createSupportPlan"]!;
    }

    public Task<GraphQLResponse> SendAsync(string? token, string mutation, object input) =>
        factory.CreateClient().WithToken(token).PostGraphQLAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ {Fields} }} }}", new { input });

    public async Task<int> CountAsync(int organisation) =>
        (await factory.CreateClient().QueryDataAsync("query($id: ID!) { node(id: $id) { ... on Organisation { supportPlans { totalCount } } } }", new { id = Org(organisation) }))
            ["node"]!["supportPlans"]!["totalCount"]!.GetValue<int>();
}
