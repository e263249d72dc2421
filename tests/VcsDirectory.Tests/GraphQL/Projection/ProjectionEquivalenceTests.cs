using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Projection;

/// <summary>The same server with projection off: every list loads whole rows.</summary>
public sealed class WholeRowsApi : DirectoryApiFactory
{
    public WholeRowsApi() => Settings["GraphQL:Projection"] = "false";
}

/// <summary>
/// Every field of every root list's nodes (and one level below), asked alone, answers the same projected as from whole
/// rows: a field whose resolver reads a member it does not declare fails here, named.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class ProjectionEquivalenceTests(DirectoryApiFactory projected, WholeRowsApi wholeRows) : IClassFixture<WholeRowsApi>
{
    public static TheoryData<string> Queries()
    {
        using var api = new DirectoryApiFactory();
        var schema = api.Services.GetRequiredService<DirectorySchema>();
        schema.Initialize();
        var data = new TheoryData<string>();
        foreach (var root in schema.Query.Fields.Where(f => !HasRequiredArguments(f)))
        {
            if (root.ResolvedType?.GetNamedType() is IComplexGraphType connection && Nodes(connection) is { } nodeType)
            {
                foreach (var field in nodeType.Fields.Where(f => !HasRequiredArguments(f)))
                {
                    data.Add($"{{ {root.Name}(first: 50) {{ nodes {{ __typename {Selection(field, depth: 1)} }} }} }}");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_field_answers_the_same_projected_as_from_whole_rows(string query)
    {
        var fromWholeRows = await AnswerAsync(wholeRows, query);
        var fromProjection = await AnswerAsync(projected, query);

        Assert.True(JsonNode.DeepEquals(fromWholeRows, fromProjection), $"Projected and whole-row answers differ for {query}");
    }

    private static async Task<JsonNode?> AnswerAsync(DirectoryApiFactory api, string query)
    {
        var answer = await api.CreateClient().WithToken(TestTokens.CvsStaff()).PostGraphQLAsync(query);
        Assert.True(answer.Errors is null, $"{query}: {answer.Errors?.ToJsonString()}");
        return answer.Data;
    }

    private static string Selection(FieldType field, int depth)
    {
        if (field.ResolvedType?.GetNamedType() is not IComplexGraphType type)
        {
            return field.Name;
        }

        if (depth == 0)
        {
            return $"{field.Name} {{ __typename }}";
        }

        if (Nodes(type) is { } nodeType)
        {
            return $"{field.Name} {{ totalCount nodes {{ {Leaves(nodeType, depth - 1)} }} }}";
        }

        return $"{field.Name} {{ {Leaves(type, depth - 1)} }}";
    }

    private static string Leaves(IComplexGraphType type, int depth) =>
        string.Join(' ', type.Fields.Where(f => !HasRequiredArguments(f)).Select(f => Selection(f, depth)).Prepend("__typename"));

    private static IComplexGraphType? Nodes(IComplexGraphType type) =>
        type.GetField("nodes") is { } nodes && type.GetField("edges") is not null ? nodes.ResolvedType?.GetNamedType() as IComplexGraphType : null;

    private static bool HasRequiredArguments(FieldType field) =>
        field.Arguments?.Any(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null) == true;
}
