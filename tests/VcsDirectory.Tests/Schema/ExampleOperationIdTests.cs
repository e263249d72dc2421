using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Schema;

/// <summary>Apollo's and Relay's caches normalise records by <c>id</c>: an example operation that leaves it out teaches clients to lose it.</summary>
[Collection(SeededApi.Name)]
public sealed class ExampleOperationIdTests(DirectoryApiFactory factory)
{
    [Fact]
    public void Every_example_operation_selects_id_on_every_type_that_has_one()
    {
        var schema = factory.Services.GetRequiredService<DirectorySchema>();
        schema.Initialize();
        var missing = new List<string>();

        foreach (var file in Directory.GetFiles(RepositoryPaths.Operations, "*.graphql").Order(StringComparer.Ordinal))
        {
            var document = Parser.Parse(File.ReadAllText(file));
            var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
            var walker = new IdWalker(schema, fragments, Path.GetFileNameWithoutExtension(file), missing);
            foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            {
                var root = operation.Operation == OperationType.Mutation ? schema.Mutation : schema.Query;
                walker.Walk(root!, operation.SelectionSet, operation.Name?.StringValue ?? "query");
            }
        }

        Assert.True(missing.Count == 0, "Selections without id:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_check_names_a_selection_that_leaves_id_out()
    {
        var schema = factory.Services.GetRequiredService<DirectorySchema>();
        schema.Initialize();
        var missing = new List<string>();
        var document = Parser.Parse("query Q { wards(first: 1) { nodes { id name organisations(first: 1) { nodes { name } } } } }");

        new IdWalker(schema, new Dictionary<string, GraphQLFragmentDefinition>(), "inline", missing).Walk(schema.Query, document.Definitions.OfType<GraphQLOperationDefinition>().Single().SelectionSet, "Q");

        Assert.Equal(["inline: Q.wards.nodes.organisations.nodes (Organisation)"], missing);
    }

    private sealed class IdWalker(ISchema schema, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments, string file, List<string> missing)
    {
        public void Walk(IGraphType type, GraphQLSelectionSet selectionSet, string path)
        {
            if (type is IComplexGraphType complex && complex.HasField("id") && !SelectsId(selectionSet))
            {
                missing.Add($"{file}: {path} ({type.Name})");
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField { SelectionSet: { } inner } field when type is IComplexGraphType parent:
                        var definition = parent.GetField(field.Name.StringValue)
                            ?? throw new InvalidOperationException($"{file}: {path}.{field.Name.StringValue} is not a field of {type.Name}");
                        Walk(definition.ResolvedType!.GetNamedType(), inner, path + "." + field.Name.StringValue);
                        break;
                    case GraphQLInlineFragment inline:
                        Walk(inline.TypeCondition is { } condition ? schema.AllTypes[condition.Type.Name.StringValue]! : type, inline.SelectionSet, path);
                        break;
                    case GraphQLFragmentSpread spread:
                        var fragment = fragments[spread.FragmentName.Name.StringValue];
                        Walk(schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue]!, fragment.SelectionSet, path);
                        break;
                }
            }
        }

        private bool SelectsId(GraphQLSelectionSet selectionSet) => selectionSet.Selections.Any(selection => selection switch
        {
            GraphQLField field => field.Name.StringValue == "id",
            GraphQLInlineFragment { TypeCondition: null } inline => SelectsId(inline.SelectionSet),
            GraphQLFragmentSpread spread => SelectsId(fragments[spread.FragmentName.Name.StringValue].SelectionSet),
            _ => false,
        });
    }
}
