using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Detection;

/// <summary>Detection meeting the directory's writes: a cluster kept by CVS staff, and provision that goes away. A server of its own, as these write.</summary>
public sealed class DetectedClusterCurationTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string CoverageFields = "score gaps { code } nearestCentre { centre { name } distanceKm } categories { serviceCategory { code } share providerCount isGap } providers { totalCount }";

    private static readonly string Detect = $$"""
        query($input: DetectNeedClustersInput) {
          detectNeedClusters(input: $input) {
            clusters { key familiesAffected needIds centroid { latitude longitude } wards { code } coverage { {{CoverageFields}} } }
          }
        }
        """;

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task Staff_keep_a_detected_cluster_by_passing_its_need_ids_to_createOutreachCluster_and_it_keeps_its_coverage()
    {
        var detected = (await DetectAsync(new { epsMetres = 400 }))[0];

        var data = await _staff.QueryDataAsync(
            $$"""mutation($input: CreateOutreachClusterInput!) { createOutreachCluster(input: $input) { outreachCluster { familiesAffected needs { totalCount } coverage { {{CoverageFields}} } } userErrors { code } } }""",
            new
            {
                input = new
                {
                    name = "Kept from detection " + detected["key"]!.GetValue<string>(),
                    centroid = new { latitude = detected["centroid"]!["latitude"]!.GetValue<double>(), longitude = detected["centroid"]!["longitude"]!.GetValue<double>() },
                    wards = detected["wards"]!.AsArray().Select(w => w!["code"]!.GetValue<string>()).ToArray(),
                    needIds = detected["needIds"]!.AsArray().Select(i => i!.GetValue<string>()).ToArray(),
                    isSynthetic = true,
                },
            });

        var kept = data["createOutreachCluster"]!;
        Assert.Empty(kept["userErrors"]!.AsArray());
        Assert.Equal(detected["familiesAffected"]!.GetValue<int>(), kept["outreachCluster"]!["familiesAffected"]!.GetValue<int>());
        Assert.Equal(detected["needIds"]!.AsArray().Count, kept["outreachCluster"]!["needs"]!["totalCount"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(detected["coverage"], kept["outreachCluster"]!["coverage"]), $"{detected["coverage"]} != {kept["outreachCluster"]!["coverage"]}");
    }

    /// <remarks>No demo centre offers debt and welfare advice, so once no organisation delivers it, it is a gap wherever it is needed.</remarks>
    [Fact]
    public async Task When_every_organisation_delivering_a_category_is_archived_the_clusters_needing_it_have_it_as_a_gap()
    {
        var providers = (await _staff.QueryDataAsync("""{ organisations(first: 100, where: { serviceCategories: { some: { code: { eq: "DEBT_WELFARE" } } } }) { nodes { id version } } }"""))["organisations"]!["nodes"]!.AsArray();
        foreach (var provider in providers)
        {
            await _staff.QueryDataAsync(
                "mutation($input: ArchiveOrganisationInput!) { archiveOrganisation(input: $input) { userErrors { code } } }",
                new { input = new { id = provider!["id"]!.GetValue<string>(), version = provider["version"]!.GetValue<int>(), reason = "Test: no debt advice left." } });
        }

        var clusters = await DetectAsync(new { epsMetres = 400, serviceCategories = new[] { "DEBT_WELFARE", "PARENTING_SUPPORT", "SPEECH_LANGUAGE" } });

        var turlinMoor = clusters.Single(c => SeedClusters.NearestTo(c["centroid"]!).Name == "Turlin Moor families" && SeedClusters.NearestTo(c["centroid"]!).Km < 1);
        var coverage = turlinMoor["coverage"]!;
        var debt = coverage["categories"]!.AsArray().Single(c => c!["serviceCategory"]!["code"]!.GetValue<string>() == "DEBT_WELFARE")!;
        Assert.Equal((0, true), (debt["providerCount"]!.GetValue<int>(), debt["isGap"]!.GetValue<bool>()));
        Assert.Contains("DEBT_WELFARE", coverage["gaps"]!.AsArray().Select(g => g!["code"]!.GetValue<string>()));
        Assert.Equal(1 - debt["share"]!.GetValue<double>() / coverage["categories"]!.AsArray().Sum(c => c!["share"]!.GetValue<double>()), coverage["score"]!.GetValue<double>(), 9);
    }

    private async Task<List<JsonNode>> DetectAsync(object input) =>
        (await _staff.QueryDataAsync(Detect, new { input }))["detectNeedClusters"]!["clusters"]!.AsArray().Select(c => c!).ToList();
}
