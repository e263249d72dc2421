using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Execution;

/// <summary>
/// The execution strategy collects a selection's fields once per request and reads plain members directly: neither
/// may change an answer. These are the cases where a careless cache would.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class ExecutionStrategyTests(DirectoryApiFactory factory)
{
    private const string Conditional = """
        query($withName: Boolean!, $withoutIncome: Boolean!) {
          organisations(first: 3) { nodes { databaseId name @include(if: $withName) annualIncome @skip(if: $withoutIncome) } }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_same_document_with_other_variables_includes_and_skips_other_fields()
    {
        var both = await NodesAsync(new { withName = true, withoutIncome = false });
        var neither = await NodesAsync(new { withName = false, withoutIncome = true });

        Assert.All(both, o => Assert.Equal(["databaseId", "name", "annualIncome"], o.Select(p => p.Key)));
        Assert.All(neither, o => Assert.Equal(["databaseId"], o.Select(p => p.Key)));
    }

    [Fact]
    public async Task One_selection_over_objects_of_different_types_asks_each_type_its_own_fields()
    {
        var ids = new[] { GlobalId.Encode("Organisation", 1), GlobalId.Encode("Ward", 1), GlobalId.Encode("Organisation", 2), GlobalId.Encode("Ward", 2) };

        var nodes = (await _client.QueryDataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Organisation { name sizeBand } ... on Ward { name code } } }",
            new { ids }))["nodes"]!.AsArray();

        Assert.Equal(["Organisation", "Ward", "Organisation", "Ward"], nodes.Select(n => n!["__typename"]!.GetValue<string>()));
        Assert.All(nodes.Where(n => n!["__typename"]!.GetValue<string>() == "Organisation"), n => Assert.Equal(["__typename", "name", "sizeBand"], n!.AsObject().Select(p => p.Key)));
        Assert.All(nodes.Where(n => n!["__typename"]!.GetValue<string>() == "Ward"), n => Assert.Equal(["__typename", "name", "code"], n!.AsObject().Select(p => p.Key)));
    }

    [Fact]
    public async Task A_field_repeated_under_an_alias_and_in_a_fragment_keeps_each_answer_in_its_place()
    {
        var data = await _client.QueryDataAsync("""
            { organisations(first: 4) { nodes { a: name ...F b: staffCount } } }
            fragment F on Organisation { name a: name staffCount }
            """);

        Assert.All(data["organisations"]!["nodes"]!.AsArray(), o =>
        {
            Assert.Equal(["a", "name", "staffCount", "b"], o!.AsObject().Select(p => p.Key));
            Assert.Equal(o["a"]!.GetValue<string>(), o["name"]!.GetValue<string>());
            Assert.Equal(o["b"]!.GetValue<int>(), o["staffCount"]!.GetValue<int>());
        });
    }

    private async Task<IReadOnlyList<System.Text.Json.Nodes.JsonObject>> NodesAsync(object variables) =>
        [.. (await _client.QueryDataAsync(Conditional, variables))["organisations"]!["nodes"]!.AsArray().Select(n => n!.AsObject())];
}
