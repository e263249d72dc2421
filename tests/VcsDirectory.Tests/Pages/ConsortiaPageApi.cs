using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Pages;

/// <summary>What the API says about a centre and its consortia, to compare the consortia page with.</summary>
public static class ConsortiaPageApi
{
    public static readonly string[] Kinds = ["COMMUNITY", "LEAD_PARTNER"];

    private const string Options = """
        query($input: ConsortiumOptionsInput!) {
          consortiumOptions(input: $input) {
            alternatives { rank summary lead { name databaseId } members { organisation { name } coveredCategories } uncoveredCategories { category } }
          }
        }
        """;

    /// <summary>The first centre, by name, for which the builder answers alternatives of both kinds on the demo data.</summary>
    public static async Task<(string Id, string Name, Dictionary<string, JsonArray> Alternatives)> CentreWithBothKindsAsync(HttpClient api)
    {
        var centres = (await api.QueryDataAsync("{ childrensCentres(first: 50, order: [{ name: ASC }]) { nodes { id name } } }"))["childrensCentres"]!["nodes"]!.AsArray();
        foreach (var centre in centres)
        {
            var id = centre!["id"]!.GetValue<string>();
            var alternatives = new Dictionary<string, JsonArray>();
            foreach (var kind in Kinds)
            {
                var input = new { centreId = id, kind, purpose = "DELIVER_SERVICES", radiusKm = 3 };
                alternatives[kind] = (await api.QueryDataAsync(Options, new { input }))["consortiumOptions"]!["alternatives"]!.AsArray();
            }

            if (alternatives.Values.All(a => a.Count > 0))
            {
                return (id, centre["name"]!.GetValue<string>(), alternatives);
            }
        }

        throw new InvalidOperationException("No centre of the demo data has consortia of both kinds.");
    }

    /// <summary>The centre's required category codes, its gaps' codes, and how many active services it has.</summary>
    public static async Task<(List<string> Required, List<string> Gaps, int Active)> CentreFactsAsync(HttpClient api, string id)
    {
        var centre = (await api.QueryDataAsync(
            "query($id: ID!) { childrensCentre(id: $id) { requiredCategories(first: 50) { nodes { code } } uncoveredCategories { code } services(where: { status: { eq: ACTIVE } }) { totalCount } } }",
            new { id }))["childrensCentre"]!;
        return (
            centre["requiredCategories"]!["nodes"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList(),
            centre["uncoveredCategories"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList(),
            centre["services"]!["totalCount"]!.GetValue<int>());
    }

    /// <summary>The consortia on record for a centre: name, status, and each member's name and invitation.</summary>
    public static async Task<List<(string Name, string Status, List<(string Organisation, string Invitation)> Members)>> ConsortiaAsync(HttpClient api, string centreId)
    {
        var nodes = (await api.QueryDataAsync(
            "query($id: ID!) { childrensCentre(id: $id) { consortia { nodes { name status members { organisation { name } invitation } } } } }",
            new { id = centreId }))["childrensCentre"]!["consortia"]!["nodes"]!.AsArray();
        return nodes.Select(c => (
            c!["name"]!.GetValue<string>(),
            c["status"]!.GetValue<string>(),
            c["members"]!.AsArray().Select(m => (m!["organisation"]!["name"]!.GetValue<string>(), m["invitation"]!.GetValue<string>())).ToList())).ToList();
    }
}
