using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Outreach.Editing;

/// <summary>updateOutreachCluster attaches and detaches identified needs, versioned and audited like any other change.</summary>
public sealed class OutreachClusterNeedsTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Update = """
        mutation($input: UpdateOutreachClusterInput!) {
          updateOutreachCluster(input: $input) { outreachCluster { version needs(first: 100) { totalCount nodes { id } } } userErrors { field code } }
        }
        """;

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task Staff_add_a_recorded_need_to_a_cluster_and_remove_one_of_its_own()
    {
        var (cluster, version, needs) = await ClusterAsync(1);
        var recorded = (await _staff.QueryDataAsync(NeedRecording.Record, new { input = new { needs = new[] { NeedRecording.Need(50.72, -1.95, "Added to a cluster") } } }))
            ["recordIdentifiedNeeds"]!["identifiedNeeds"]![0]!["id"]!.GetValue<string>();

        var data = await _staff.QueryDataAsync(Update, new { input = new { id = cluster, version, addNeedIds = new[] { recorded }, removeNeedIds = new[] { needs[0] } } });

        var updated = data["updateOutreachCluster"]!["outreachCluster"]!;
        var now = updated["needs"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(version + 1, updated["version"]!.GetValue<int>());
        Assert.Equal(needs.Skip(1).Append(recorded).Order(), now.Order());
        var trail = (await _staff.QueryDataAsync("{ auditTrail(last: 1, where: { action: { eq: \"updateOutreachCluster\" } }) { nodes { changes } } }"))["auditTrail"]!["nodes"]![0]!["changes"]!.GetValue<string>();
        Assert.Contains("IdentifiedNeeds", trail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_need_of_another_cluster_or_an_unknown_one_is_a_user_error_and_changes_nothing()
    {
        var (cluster, version, needs) = await ClusterAsync(2);
        var (_, _, others) = await ClusterAsync(3);

        var data = await _staff.QueryDataAsync(Update, new
        {
            input = new { id = cluster, version, removeNeedIds = new[] { others[0], GlobalId.Encode("IdentifiedNeed", 999_999) }, description = "Should not stick" },
        });

        var errors = data["updateOutreachCluster"]!["userErrors"]!.AsArray().Select(e => $"{string.Join('.', e!["field"]!.AsArray())}:{e["code"]}");
        Assert.Equal(["input.removeNeedIds.0:INCONSISTENT", "input.removeNeedIds.1:UNKNOWN_REFERENCE"], errors.Order());
        var (_, versionAfter, needsAfter) = await ClusterAsync(2);
        Assert.Equal(version, versionAfter);
        Assert.Equal(needs, needsAfter);
    }

    private async Task<(string Id, int Version, List<string> Needs)> ClusterAsync(int key)
    {
        var node = (await _staff.QueryDataAsync("query($id: ID!) { node(id: $id) { ... on OutreachCluster { id version needs(first: 100) { nodes { id } } } } }", new { id = GlobalId.Encode("OutreachCluster", key) }))["node"]!;
        return (node["id"]!.GetValue<string>(), node["version"]!.GetValue<int>(), node["needs"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList());
    }
}
