using System.Text.Json.Nodes;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outcomes.Api;

/// <summary>The reads the outcomes tests share: a centre's specification, one indicator of it, and the borough summary.</summary>
internal static class OutcomeReads
{
    public const string Specification = """
        query($id: ID!) { node(id: $id) { ... on ChildrensCentre { id version specification { id version periodStart
          indicators { indicator { code basis } target baseline latest { value on isComputed isSynthetic } history { value on } status explanation } } } } }
        """;

    public static string CentreId(int centre) => GlobalId.Encode("ChildrensCentre", centre);

    public static async Task<JsonNode> CentreAsync(HttpClient client, int centre) =>
        (await client.QueryDataAsync(Specification, new { id = CentreId(centre) }))["node"]!;

    public static async Task<JsonNode> IndicatorAsync(HttpClient client, int centre, string code) =>
        (await CentreAsync(client, centre))["specification"]!["indicators"]!.AsArray().Single(i => i!["indicator"]!["code"]!.GetValue<string>() == code)!;

    /// <summary>A user error's field path, dotted (<c>input.targets.0.indicator</c>).</summary>
    public static string Field(JsonNode? error) => string.Join('.', error!["field"]!.AsArray().Select(f => f!.GetValue<string>()));

    public static double? Latest(JsonNode indicator) => indicator["latest"]?["value"]?.GetValue<double>();
}
