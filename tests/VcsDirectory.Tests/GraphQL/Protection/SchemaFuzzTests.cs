using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphQLParser.AST;
using VcsDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>
/// For every input object reachable from a root field, every field of it gets null, an empty list, the wrong type,
/// extreme numbers and a very long string, sent by CVS staff (so mutations run too) to a server of its own: no
/// answer may be a 5xx or an INTERNAL_SERVER_ERROR.
/// </summary>
public sealed class SchemaFuzzTests(DirectoryApiFactory factory, ITestOutputHelper output) : IClassFixture<DirectoryApiFactory>
{
    private static readonly JsonNode?[] Hostile =
    [
        null, new JsonArray(), JsonValue.Create("not a number"), JsonValue.Create(true), new JsonObject(),
        JsonValue.Create(-1e308), JsonValue.Create(long.MaxValue), JsonValue.Create(new string('ж', 20_000)),
    ];

    [Fact]
    public async Task Every_input_field_reachable_from_a_root_field_survives_hostile_values()
    {
        var schema = SchemaInputs.Committed;
        var client = factory.CreateClient().WithToken(TestTokens.CvsStaff());
        var sent = 0;
        var covered = new HashSet<string>();
        var entered = new HashSet<string>();
        foreach (var root in schema.RootFields)
        {
            foreach (var argument in root.Definition.Arguments?.Items ?? [])
            {
                foreach (var (path, _) in Paths(schema, argument.Type, [], entered))
                {
                    foreach (var value in Hostile)
                    {
                        var variables = schema.Variables(root);
                        variables[argument.Name.StringValue] = Place(schema.Placeholder(argument.Type, []), path, value?.DeepClone());
                        using var response = await client.PostAsJsonAsync("/graphql", new { query = schema.Operation(root), variables });
                        var body = await response.Content.ReadAsStringAsync();
                        sent++;
                        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {root} {argument.Name.StringValue}.{string.Join('.', path)} = {value?.ToJsonString()}: {body}");
                        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", body, StringComparison.Ordinal);
                    }

                    covered.Add(SchemaInputs.NamedType(argument.Type) + ":" + string.Join('.', path));
                }
            }
        }

        output.WriteLine($"{sent} requests over {covered.Count} argument and input field places.");
        var reachedInputs = covered.Select(c => c.Split(':')[0]).Where(schema.InputObjects.ContainsKey).Distinct().Count();
        Assert.True(reachedInputs >= 30, $"Only {reachedInputs} input objects reached.");
    }

    /// <summary>The argument itself (empty path) and every input field under it; each input object is entered once in the whole run.</summary>
    private static IEnumerable<(string[] Path, GraphQLType Type)> Paths(SchemaInputs schema, GraphQLType type, string[] path, HashSet<string> entered)
    {
        yield return (path, type);
        var name = SchemaInputs.NamedType(type);
        if (!schema.InputObjects.TryGetValue(name, out var input) || !entered.Add(name))
        {
            yield break;
        }

        foreach (var field in input.Fields?.Items ?? [])
        {
            foreach (var inner in Paths(schema, field.Type, [.. path, field.Name.StringValue], entered))
            {
                yield return inner;
            }
        }
    }

    private static JsonNode? Place(JsonNode? root, string[] path, JsonNode? value)
    {
        if (path.Length == 0)
        {
            return value;
        }

        // A list on the way holds one element, where the value goes.
        var container = root is JsonArray list ? Element(list) : root as JsonObject ?? [];
        var node = container;
        foreach (var step in path[..^1])
        {
            var next = node[step] switch
            {
                JsonArray array => Element(array),
                JsonObject nested => nested,
                _ => null,
            };
            if (next is null)
            {
                next = [];
                node[step] = next;
            }

            node = next;
        }

        node[path[^1]] = value;
        return root is JsonArray ? root : container;
    }

    private static JsonObject Element(JsonArray list)
    {
        if (list.Count == 0 || list[0] is not JsonObject element)
        {
            element = [];
            list.Clear();
            list.Add(element);
        }

        return element;
    }
}
