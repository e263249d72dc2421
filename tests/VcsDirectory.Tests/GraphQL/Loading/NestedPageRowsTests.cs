using GraphQLParser;
using GraphQLParser.AST;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Loading;

/// <summary>
/// A nested page reads only what it shows: for every connection field on a type other than the roots, found in the
/// committed schema, a page of parents reads at most one row more than the page of each parent.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class NestedPageRowsTests(DirectoryApiFactory factory)
{
    /// <summary>A page of parents that gets a branch each in the level's statement, and one too large for that (one window for all).</summary>
    public static readonly int[] ParentPages = [20, RelationPage.MaxBranches + 18];

    /// <summary>Connections over lists an algorithm works out in memory, not read from the database: nothing to window.</summary>
    private static readonly string[] ComputedInMemory = ["Coverage.providers"];

    private readonly HttpClient _client = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    public static TheoryData<string, string, string> NestedConnections()
    {
        var (nested, roots) = ConnectionFields();
        var data = new TheoryData<string, string, string>();
        foreach (var (type, field, _) in nested.Where(f => !ComputedInMemory.Contains($"{f.Type}.{f.Field}")))
        {
            data.Add(type, field, roots.Single(r => r.Connection == type + "Connection").Field);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NestedConnections))]
    public async Task A_nested_page_reads_at_most_one_row_more_than_it_shows_per_parent(string type, string field, string root)
    {
        foreach (var (first, page) in ParentPages.SelectMany(first => new[] { 0, 1, 3 }.Select(page => (first, page))))
        {
            var (parents, rootRows) = await ReadAsync($"{{ {root}(first: {first}) {{ nodes {{ __typename }} }} }}");
            var (_, rows) = await ReadAsync(
                $"{{ {root}(first: {first}) {{ nodes {{ {field}(first: {page}) {{ nodes {{ __typename }} pageInfo {{ hasNextPage }} }} }} }} }}");

            Assert.True(parents > 0, $"No {type} to read {field} of.");
            Assert.True(rows - rootRows <= parents * (page + 1), $"{type}.{field}(first: {page}) read {rows - rootRows} rows for {parents} parents.");
        }
    }

    [Theory]
    [MemberData(nameof(NestedConnections))]
    public async Task A_nested_page_from_the_end_reads_at_most_its_page_and_a_count_per_parent(string type, string field, string root)
    {
        foreach (var first in ParentPages)
        {
            var (parents, rootRows) = await ReadAsync($"{{ {root}(first: {first}) {{ nodes {{ __typename }} }} }}");
            var (_, rows) = await ReadAsync($"{{ {root}(first: {first}) {{ nodes {{ {field}(last: 2) {{ totalCount nodes {{ __typename }} }} }} }} }}");

            Assert.True(rows - rootRows <= parents * (2 + 1), $"{type}.{field}(last: 2) read {rows - rootRows} rows for {parents} parents.");
        }
    }

    [Fact]
    public void Every_connection_field_is_either_windowed_or_known_to_be_computed_in_memory()
    {
        var (nested, roots) = ConnectionFields();

        Assert.All(nested.Where(f => !ComputedInMemory.Contains($"{f.Type}.{f.Field}")), f => Assert.Contains(roots, r => r.Connection == f.Type + "Connection"));
        Assert.All(ComputedInMemory, known => Assert.Contains(nested, f => $"{f.Type}.{f.Field}" == known));
    }

    private async Task<(int Parents, int Rows)> ReadAsync(string query)
    {
        factory.SqlStatements.Reset();
        var data = await _client.QueryDataAsync(query);
        return (data.First().Value!["nodes"]!.AsArray().Count, factory.SqlStatements.Rows);
    }

    /// <summary>From the committed schema: the connection fields of every object type but the roots, and the root lists.</summary>
    private static (List<(string Type, string Field, string Connection)> Nested, List<(string Field, string Connection)> Roots) ConnectionFields()
    {
        var document = Parser.Parse(File.ReadAllText(RepositoryPaths.Schema));
        var fields = document.Definitions.OfType<GraphQLObjectTypeDefinition>()
            .SelectMany(t => (t.Fields?.Items ?? []).Select(f => (Type: t.Name.StringValue, Field: f.Name.StringValue, Connection: NamedType(f.Type))))
            .Where(f => f.Connection.EndsWith("Connection", StringComparison.Ordinal))
            .ToList();
        return (
            fields.Where(f => f.Type is not ("Query" or "Mutation")).ToList(),
            fields.Where(f => f.Type == "Query").Select(f => (f.Field, f.Connection)).ToList());
    }

    private static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => "",
    };
}
