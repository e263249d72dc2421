using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Pages;

/// <summary>What the public API says about the map's data, to check the page against: layers, detected clusters, a gap made on purpose.</summary>
public static class NeedMapApi
{
    public static async Task<Dictionary<string, int>> FeatureCountsAsync(HttpClient client, IEnumerable<string> layers)
    {
        var counts = new Dictionary<string, int>();
        foreach (var layer in layers)
        {
            var collection = await client.GetFromJsonAsync<JsonObject>($"/geo/{layer}.geojson");
            counts[layer] = collection!["features"]!.AsArray().Count;
        }

        return counts;
    }

    public static async Task<JsonArray> DetectedAsync(HttpClient client) =>
        (await client.QueryDataAsync("""
            { detectNeedClusters { clusters {
                key number
                dominantCategories { serviceCategory { code name } }
                coverage { nearestCentre { centre { name } } gaps { code } providers(first: 50) { totalCount nodes { organisation { id version } categories { code } } } }
            } } }
            """))["detectNeedClusters"]!["clusters"]!.AsArray();

    /// <summary>
    /// Archives, as CVS staff, the providers in reach of the cluster with the fewest providers that deliver one of its
    /// main needs, a need at a time, until one of them is a gap (a centre in reach may deliver it too). Answers the
    /// cluster and the category's name.
    /// </summary>
    public static async Task<(JsonNode Cluster, string Category)> OpenAGapAsync(HttpClient client)
    {
        client.WithToken(TestTokens.CvsStaff());
        var cluster = (await DetectedAsync(client)).OrderBy(c => c!["coverage"]!["providers"]!["totalCount"]!.GetValue<int>()).First()!;
        var key = cluster["key"]!.GetValue<string>();
        foreach (var need in cluster["dominantCategories"]!.AsArray().Select(c => c!["serviceCategory"]!))
        {
            var code = need["code"]!.GetValue<string>();
            var providers = cluster["coverage"]!["providers"]!["nodes"]!.AsArray().Where(p => Delivers(p!, code));
            foreach (var organisation in providers.Select(p => p!["organisation"]!))
            {
                var payload = (await client.QueryDataAsync(
                    "mutation($input: ArchiveOrganisationInput!) { archiveOrganisation(input: $input) { userErrors { code message } } }",
                    new { input = new { id = organisation["id"]!.GetValue<string>(), version = organisation["version"]!.GetValue<int>(), reason = "Closed (test)" } }))["archiveOrganisation"]!;
                Assert.Empty(payload["userErrors"]!.AsArray());
            }

            cluster = (await DetectedAsync(client)).Single(c => c!["key"]!.GetValue<string>() == key)!;
            if (cluster["coverage"]!["gaps"]!.AsArray().Any(g => g!["code"]!.GetValue<string>() == code))
            {
                return (cluster, need["name"]!.GetValue<string>());
            }
        }

        throw new InvalidOperationException($"No main need of cluster {key} became a gap: the centre in reach delivers them all.");
    }

    private static bool Delivers(JsonNode provider, string category) =>
        provider["categories"]!.AsArray().Any(c => c!["code"]!.GetValue<string>() == category);
}
