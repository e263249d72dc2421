using System.Text.Json.Nodes;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Editing;

/// <summary>The recordIdentifiedNeeds mutation as a client sends it, and the demo's wards and centres' reach to aim it with.</summary>
public static class NeedRecording
{
    public const string Record = """
        mutation($input: RecordIdentifiedNeedsInput!) {
          recordIdentifiedNeeds(input: $input) {
            identifiedNeeds { id databaseId version familiesAffected severity source ward { code } location { latitude longitude } }
            userErrors { field code message }
          }
        }
        """;

    public static object Need(double latitude, double longitude, string source, int families = 3, string category = "EARLY_YEARS") => new
    {
        serviceCategory = category, familiesAffected = families, severity = 2, source, recordedOn = "2026-11-30",
        location = new { latitude, longitude }, isSynthetic = true,
    };

    public static async Task<int> CountFromAsync(HttpClient client, string source) =>
        (await client.QueryDataAsync("query($s: String!) { identifiedNeeds(where: { source: { eq: $s } }) { totalCount } }", new { s = source }))
            ["identifiedNeeds"]!["totalCount"]!.GetValue<int>();

    /// <summary>Every ward's code and centroid.</summary>
    public static async Task<IReadOnlyList<(string Code, int Id, GeoPoint Centroid)>> WardsAsync(HttpClient client) =>
        (await client.QueryDataAsync("{ wards(first: 100) { nodes { code databaseId centroid { latitude longitude } } } }"))["wards"]!["nodes"]!.AsArray()
            .Select(w => (w!["code"]!.GetValue<string>(), w["databaseId"]!.GetValue<int>(), Point(w["centroid"]!))).ToList();

    /// <summary>A centre that reaches some wards and not others, one ward it reaches and one it does not.</summary>
    public static async Task<(int Centre, (string Code, int Id, GeoPoint Centroid) Inside, (string Code, int Id, GeoPoint Centroid) Outside)> CentreWithReachAsync(HttpClient client)
    {
        var wards = await WardsAsync(client);
        var centres = (await client.QueryDataAsync("{ childrensCentres(first: 100) { nodes { databaseId reachWards(first: 100) { nodes { code } } } } }"))["childrensCentres"]!["nodes"]!.AsArray();
        foreach (var centre in centres)
        {
            var reached = centre!["reachWards"]!["nodes"]!.AsArray().Select(w => w!["code"]!.GetValue<string>()).ToHashSet();
            // A ward's own centroid, snapped, must still be nearest its own ward for the test to aim where it means to.
            var inside = wards.Where(w => reached.Contains(w.Code) && NearestTo(wards, w.Centroid) == w.Code).ToList();
            var outside = wards.Where(w => !reached.Contains(w.Code) && NearestTo(wards, w.Centroid) == w.Code).ToList();
            if (inside.Count > 0 && outside.Count > 0)
            {
                return (centre["databaseId"]!.GetValue<int>(), inside[0], outside[0]);
            }
        }

        throw new InvalidOperationException("No centre in the demo data reaches some wards and not others.");
    }

    private static string NearestTo(IReadOnlyList<(string Code, int Id, GeoPoint Centroid)> wards, GeoPoint point)
    {
        var snapped = new GeoPoint(NeedGrid.Snap(point.Latitude), NeedGrid.Snap(point.Longitude));
        var id = NearestWard.Of(wards.Select(w => new WardPoint(w.Id, w.Centroid)).ToList(), snapped);
        return wards.Single(w => w.Id == id).Code;
    }

    private static GeoPoint Point(JsonNode location) => new(location["latitude"]!.GetValue<double>(), location["longitude"]!.GetValue<double>());
}
