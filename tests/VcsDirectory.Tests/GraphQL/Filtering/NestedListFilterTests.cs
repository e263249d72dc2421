using VcsDirectory.Api.Organisations;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Filtering;

/// <summary>Nested lists filter and sort like root lists, in the one batched SQL query of their level.</summary>
[Collection(SeededApi.Name)]
public sealed class NestedListFilterTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_wards_organisations_are_filtered_and_ordered_as_asked()
    {
        var data = await _client.QueryDataAsync("""
            { wards(where: { code: { eq: "ALDERNEY" } }) { nodes { organisations(first: 100, where: { sizeBand: { in: [MICRO, SMALL] } }, order: [{ name: DESC }]) { totalCount nodes { name } } } } }
            """);

        var expected = TestDataset.Poole.Organisations
            .Where(o => o.Wards.Contains("ALDERNEY") && SizeBands.FromAnnualIncome(o.AnnualIncome) <= SizeBand.Small)
            .Select(o => o.Name).OrderDescending(StringComparer.Ordinal).ToList();
        var organisations = data["wards"]!["nodes"]![0]!["organisations"]!;
        Assert.Equal(expected.Count, organisations["totalCount"]!.GetValue<int>());
        Assert.Equal(expected, organisations["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_filtered_nested_list_is_one_SQL_statement_for_all_parents()
    {
        factory.SqlStatements.Reset();

        var data = await _client.QueryDataAsync("""
            { wards(first: 16) { nodes { code organisations(where: { needs: { some: { area: { code: { eq: "SAFEGUARDING" } } } } }) { totalCount } } } }
            """);

        // The page of wards, then one query for every ward's filtered organisations.
        Assert.Equal(2, factory.SqlStatements.Count);
        foreach (var ward in data["wards"]!["nodes"]!.AsArray())
        {
            var code = ward!["code"]!.GetValue<string>();
            Assert.Equal(
                TestDataset.Poole.Organisations.Count(o => o.Wards.Contains(code) && o.Needs.Any(n => n.Area == "SAFEGUARDING")),
                ward["organisations"]!["totalCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Parents_asking_different_questions_each_get_their_own_answer()
    {
        var data = await _client.QueryDataAsync("""
            { organisations(first: 5) { nodes { name
                near: wards(order: [{ name: ASC }]) { nodes { name } }
                far: wards(order: [{ name: DESC }]) { nodes { name } }
                parkstone: wards(where: { code: { eq: "PARKSTONE" } }) { totalCount } } } }
            """);

        foreach (var organisation in data["organisations"]!["nodes"]!.AsArray())
        {
            var record = TestDataset.Poole.Organisations.Single(o => o.Name == organisation!["name"]!.GetValue<string>());
            var names = TestDataset.Poole.Wards.Where(w => record.Wards.Contains(w.Code)).Select(w => w.Name).ToList();
            Assert.Equal(names.Order(StringComparer.Ordinal), organisation!["near"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            Assert.Equal(names.OrderDescending(StringComparer.Ordinal), organisation["far"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            Assert.Equal(record.Wards.Contains("PARKSTONE") ? 1 : 0, organisation["parkstone"]!["totalCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task A_clusters_needs_filter_by_severity_and_sort_by_families()
    {
        var data = await _client.QueryDataAsync("""
            { outreachClusters(first: 1, order: [{ name: ASC }]) { nodes { needs(first: 100, where: { severity: { eq: 3 } }, order: [{ familiesAffected: ASC }]) { nodes { severity familiesAffected } } } } }
            """);

        var needs = data["outreachClusters"]!["nodes"]![0]!["needs"]!["nodes"]!.AsArray();
        Assert.All(needs, n => Assert.Equal(3, n!["severity"]!.GetValue<int>()));
        Assert.Equal(needs.Select(n => n!["familiesAffected"]!.GetValue<int>()).Order(), needs.Select(n => n!["familiesAffected"]!.GetValue<int>()));
    }
}
