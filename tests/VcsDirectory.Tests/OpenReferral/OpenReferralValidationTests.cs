using System.Net;
using System.Text.Json.Nodes;
using Json.Schema;
using VcsDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VcsDirectory.Tests.OpenReferral;

/// <summary>
/// Every document the ORUK endpoints serve for the demo data validates against the profile's compiled schemas: every
/// page of every list (default and small pages), every service and every service_at_location by id, and the API's
/// version info. Not a sample.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class OpenReferralValidationTests(DirectoryApiFactory factory, ITestOutputHelper output)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_served_document_validates_against_the_profiles_schemas()
    {
        var validated = 0;
        var problems = new List<string>();
        async Task<JsonObject> Check(string url, JsonSchema schema)
        {
            var response = await _client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
            if (OpenReferralSchemas.Problems(schema, body) is { Length: > 0 } found)
            {
                problems.Add($"{url}:\n{found}");
            }

            validated++;
            return JsonNode.Parse(body)!.AsObject();
        }

        await Check("/openreferral/", OpenReferralSchemas.About);
        var services = await EveryPageAsync("/openreferral/services", OpenReferralSchemas.ServicePage, Check);
        var links = await EveryPageAsync("/openreferral/service_at_locations", OpenReferralSchemas.ServiceAtLocationPage, Check);
        await EveryPageAsync("/openreferral/taxonomies", OpenReferralSchemas.TaxonomyPage, Check);
        await EveryPageAsync("/openreferral/taxonomy_terms", OpenReferralSchemas.TaxonomyTermPage, Check);
        foreach (var id in services)
        {
            await Check($"/openreferral/services/{id}", OpenReferralSchemas.Service);
        }

        foreach (var id in links)
        {
            await Check($"/openreferral/service_at_locations/{id}", OpenReferralSchemas.ServiceAtLocation);
        }

        output.WriteLine($"ORUK documents validated: {validated} ({services.Count} services, {links.Count} service_at_locations).");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems.Take(5)));
        Assert.Equal(TestDataset.Poole.Services.Count, services.Count);
        Assert.Equal(TestDataset.Poole.Services.Sum(s => s.Centres.Count), links.Count);
    }

    /// <summary>The unfiltered document, then every page at the default size and at 7 a page; the ids of all items.</summary>
    private static async Task<List<string>> EveryPageAsync(string url, JsonSchema schema, Func<string, JsonSchema, Task<JsonObject>> check)
    {
        await check(url, schema);
        var ids = new List<string>();
        foreach (var perPage in new[] { 50, 7 })
        {
            var seen = new List<string>();
            for (var page = 1; ; page++)
            {
                var document = await check($"{url}?page={page}&per_page={perPage}", schema);
                seen.AddRange(document["contents"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()));
                if (document["last_page"]!.GetValue<bool>())
                {
                    break;
                }
            }

            Assert.Equal(seen.Count, seen.Distinct().Count());
            ids = seen;
        }

        return ids;
    }
}
