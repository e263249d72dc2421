using System.Text.RegularExpressions;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Projection;

/// <summary>Lists read only the columns their selection needs, and never less.</summary>
[Collection(SeededApi.Name)]
public sealed partial class ProjectionTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_directory_page_reads_only_the_columns_it_selects()
    {
        factory.SqlStatements.Reset();
        await _client.QueryDataAsync("""
            { organisations(first: 50) { nodes { name sizeBand capacities { strength area { code } } needs { priority area { code } } wards { nodes { name } } serviceCategories { nodes { code } } } } }
            """);

        var statements = factory.SqlStatements.Texts;
        var page = Assert.Single(statements, s => FromTable(s) == "Organisations" && !s.Contains("JOIN", StringComparison.Ordinal));
        Assert.Equal(["Id", "Name", "SizeBand"], SelectedColumns(page));
        var capacities = Assert.Single(statements, s => FromTable(s) == "OrganisationCapacities");
        Assert.Equal(["CapacityAreaId", "Code", "Id", "OrganisationId", "Strength"], SelectedColumns(capacities));
        var services = Assert.Single(statements, s => s.Contains("\"ServiceCategories\"", StringComparison.Ordinal));
        Assert.DoesNotContain("\"Description\"", services, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relation_asked_for_in_two_fragments_gets_what_both_ask()
    {
        const string Query = """
            query { organisations(first: 30) { nodes { ...Strengths ...Areas } } }
            fragment Strengths on Organisation { capacities { strength } }
            fragment Areas on Organisation { capacities { area { code name } } location { latitude } }
            """;

        var data = await _client.QueryDataAsync(Query);

        var capacities = data["organisations"]!["nodes"]!.AsArray().SelectMany(o => o!["capacities"]!.AsArray()).ToList();
        Assert.NotEmpty(capacities);
        Assert.All(capacities, c =>
        {
            Assert.InRange(c!["strength"]!.GetValue<int>(), 1, 3);
            Assert.False(string.IsNullOrEmpty(c["area"]!["code"]!.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(c["area"]!["name"]!.GetValue<string>()));
        });
        Assert.Contains(data["organisations"]!["nodes"]!.AsArray(), o => o!["location"]?["latitude"]?.GetValue<double>() is > 50 and < 51);
    }

    [Fact]
    public async Task A_field_read_under_an_alias_and_a_fragment_on_an_interface_is_still_loaded()
    {
        var data = await _client.QueryDataAsync("""
            { organisations(first: 5) { edges { node { ... on Node { id } label: name ... on Organisation { income: annualIncome } } } } }
            """);

        Assert.All(data["organisations"]!["edges"]!.AsArray(), edge =>
        {
            Assert.False(string.IsNullOrEmpty(edge!["node"]!["label"]!.GetValue<string>()));
            Assert.True(edge["node"]!["income"]!.GetValue<long>() > 0);
            Assert.False(string.IsNullOrEmpty(edge["node"]!["id"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task Fields_under_deeply_nested_fragments_are_still_loaded()
    {
        var nested = "annualIncome website name";
        for (var i = 0; i < 40; i++)
        {
            nested = i % 2 == 0 ? $"... {{ {nested} }}" : $"... on Organisation {{ {nested} }}";
        }

        var deep = await _client.PostGraphQLAsync($"{{ organisations(first: 3) {{ nodes {{ databaseId {nested} }} }} }}");
        var flat = await _client.PostGraphQLAsync("{ organisations(first: 3) { nodes { databaseId annualIncome website name } } }");

        Assert.Null(deep.Errors);
        Assert.Equal(flat.Body["data"]!.ToJsonString(), deep.Body["data"]!.ToJsonString());
    }

    private static string? FromTable(string sql) => FromClause().Match(sql) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The distinct column names of a statement's outer SELECT list, aliases and table qualifiers dropped.</summary>
    private static string[] SelectedColumns(string sql)
    {
        var list = sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
        return [.. ColumnName().Matches(list).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex("FROM \"(\\w+)\"")]
    private static partial Regex FromClause();

    [GeneratedRegex("\\.\"(\\w+)\"")]
    private static partial Regex ColumnName();
}
