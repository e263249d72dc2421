using System.Text.Json.Nodes;
using GraphQLParser;
using GraphQLParser.AST;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>
/// The committed schema's root fields and input types, read from <c>schema/schema.graphql</c>: enough to build, for
/// any argument, a value of the right shape (every required field filled with a plausible placeholder), and to put a
/// hostile value at any input field's place.
/// </summary>
public sealed class SchemaInputs
{
    private readonly Dictionary<string, GraphQLInputObjectTypeDefinition> _inputs;
    private readonly Dictionary<string, GraphQLEnumTypeDefinition> _enums;
    private readonly HashSet<string> _leafTypes;

    private SchemaInputs(GraphQLDocument schema)
    {
        var definitions = schema.Definitions;
        _inputs = definitions.OfType<GraphQLInputObjectTypeDefinition>().ToDictionary(d => d.Name.StringValue);
        _enums = definitions.OfType<GraphQLEnumTypeDefinition>().ToDictionary(d => d.Name.StringValue);
        _leafTypes = [.. definitions.OfType<GraphQLScalarTypeDefinition>().Select(d => d.Name.StringValue), .. _enums.Keys, "String", "ID", "Int", "Float", "Boolean"];
        var objects = definitions.OfType<GraphQLObjectTypeDefinition>().ToDictionary(d => d.Name.StringValue);
        RootFields = [.. new[] { ("query", "Query"), ("mutation", "Mutation") }
            .SelectMany(root => objects[root.Item2].Fields!.Select(f => new RootField(root.Item1, f)))];
    }

    public static SchemaInputs Committed { get; } = new(Parser.Parse(File.ReadAllText(RepositoryPaths.Schema)));

    public IReadOnlyList<RootField> RootFields { get; }

    public IReadOnlyDictionary<string, GraphQLInputObjectTypeDefinition> InputObjects => _inputs;

    /// <summary>A request calling <paramref name="field"/> with every argument passed as a variable of its declared type.</summary>
    public string Operation(RootField field)
    {
        var arguments = field.Definition.Arguments?.ToList() ?? [];
        var variables = arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments.Select(a => $"${a.Name.StringValue}: {Print(a.Type)}")) + ")";
        var passed = arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments.Select(a => $"{a.Name.StringValue}: ${a.Name.StringValue}")) + ")";
        var selection = _leafTypes.Contains(NamedType(field.Definition.Type)) ? "" : " { __typename }";
        return $"{field.Operation}{variables} {{ {field.Definition.Name.StringValue}{passed}{selection} }}";
    }

    /// <summary>Placeholder values for the field's required arguments (optional ones are left out).</summary>
    public JsonObject Variables(RootField field)
    {
        var variables = new JsonObject();
        foreach (var argument in field.Definition.Arguments?.Items ?? [])
        {
            if (argument.Type is GraphQLNonNullType)
            {
                variables[argument.Name.StringValue] = Placeholder(argument.Type, []);
            }
        }

        return variables;
    }

    /// <summary>A value of the type: required input fields filled, optional ones left out; <paramref name="seen"/> stops recursion.</summary>
    public JsonNode? Placeholder(GraphQLType type, HashSet<string> seen) => type switch
    {
        GraphQLNonNullType nonNull => Placeholder(nonNull.Type, seen),
        GraphQLListType => new JsonArray(),
        GraphQLNamedType named => Named(named.Name.StringValue, seen),
        _ => null,
    };

    public static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new NotSupportedException(type.GetType().Name),
    };

    private JsonNode? Named(string name, HashSet<string> seen)
    {
        if (_enums.TryGetValue(name, out var enumType))
        {
            return JsonValue.Create(enumType.Values!.Items[0].Name.StringValue);
        }

        if (_inputs.TryGetValue(name, out var input))
        {
            var value = new JsonObject();
            if (seen.Add(name))
            {
                foreach (var field in input.Fields?.Items ?? [])
                {
                    if (field.Type is GraphQLNonNullType && field.DefaultValue is null)
                    {
                        value[field.Name.StringValue] = Placeholder(field.Type, seen);
                    }
                }

                seen.Remove(name);
            }

            return value;
        }

        return name switch
        {
            "Int" or "Float" or "Long" => JsonValue.Create(-1),
            "Boolean" => JsonValue.Create(false),
            "DateOnly" => JsonValue.Create("2000-01-01"),
            "DateTime" => JsonValue.Create("2000-01-01T00:00:00Z"),
            _ => JsonValue.Create(""),
        };
    }

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new NotSupportedException(type.GetType().Name),
    };
}
