using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Editing;

public sealed class OutreachClusterMutationTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Create = """
        mutation($input: CreateOutreachClusterInput!) {
          createOutreachCluster(input: $input) { outreachCluster { id name familiesAffected childrensCentre { name } needs { totalCount } } userErrors { field code } }
        }
        """;

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task Staff_save_a_cluster_with_its_needs_and_linked_centre()
    {
        var needs = (await _staff.QueryDataAsync("{ identifiedNeeds(first: 3, where: { familiesAffected: { gte: 1 } }, order: [{ familiesAffected: DESC }]) { nodes { id familiesAffected } } }"))["identifiedNeeds"]!["nodes"]!.AsArray();

        var data = await _staff.QueryDataAsync(Create, new
        {
            input = new
            {
                name = "Test cluster saved from detection",
                centroid = new { latitude = 50.716, longitude = -1.985 },
                childrensCentreId = GlobalId.Encode("ChildrensCentre", 5),
                wards = new[] { "POOLE_TOWN" },
                needIds = needs.Select(n => n!["id"]!.GetValue<string>()).ToArray(),
                isSynthetic = true,
            },
        });

        var cluster = data["createOutreachCluster"]!["outreachCluster"]!;
        Assert.Equal(3, cluster["needs"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(needs.Sum(n => n!["familiesAffected"]!.GetValue<int>()), cluster["familiesAffected"]!.GetValue<int>());
        Assert.NotNull(cluster["childrensCentre"]);
    }

    [Fact]
    public async Task Unknown_needs_off_the_globe_centroids_and_taken_names_are_user_errors()
    {
        var existing = (await _staff.QueryDataAsync("{ outreachClusters(first: 1) { nodes { name } } }"))["outreachClusters"]!["nodes"]![0]!["name"]!.GetValue<string>();

        var unknownNeed = await _staff.QueryDataAsync(Create, new { input = new { name = "X", centroid = new { latitude = 50.7, longitude = -1.9 }, needIds = new[] { GlobalId.Encode("IdentifiedNeed", 999999) } } });
        var invalid = await _staff.QueryDataAsync(Create, new { input = new { name = existing, centroid = new { latitude = 123.0, longitude = -1.9 } } });

        Assert.Equal("UNKNOWN_REFERENCE", unknownNeed["createOutreachCluster"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["DUPLICATE", "INVALID_POSITION"], invalid["createOutreachCluster"]!["userErrors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).Order());
    }

    [Theory]
    [InlineData(false, "UNAUTHENTICATED")]
    [InlineData(true, "FORBIDDEN")]
    public async Task Coordinators_and_anonymous_callers_cannot_curate_clusters(bool signedIn, string expected)
    {
        var client = factory.CreateClient().WithToken(signedIn ? TestTokens.CoordinatorOf(1) : null);

        var response = await client.PostGraphQLAsync(Create, new { input = new { name = "Not allowed", centroid = new { latitude = 50.7, longitude = -1.9 } } });

        Assert.Equal([expected], response.ErrorCodes);
    }

    [Fact]
    public async Task Staff_rename_a_cluster_and_relink_its_centre()
    {
        var cluster = (await _staff.QueryDataAsync("{ outreachClusters(first: 1, order: [{ name: DESC }]) { nodes { id version } } }"))["outreachClusters"]!["nodes"]![0]!;

        var data = await _staff.QueryDataAsync(
            "mutation($input: UpdateOutreachClusterInput!) { updateOutreachCluster(input: $input) { outreachCluster { name childrensCentre { databaseId } version } userErrors { code } } }",
            new { input = new { id = cluster["id"]!.GetValue<string>(), version = cluster["version"]!.GetValue<int>(), name = "Renamed cluster", childrensCentreId = GlobalId.Encode("ChildrensCentre", 2) } });

        var updated = data["updateOutreachCluster"]!["outreachCluster"]!;
        Assert.Equal(("Renamed cluster", 2), (updated["name"]!.GetValue<string>(), updated["childrensCentre"]!["databaseId"]!.GetValue<int>()));
    }
}
