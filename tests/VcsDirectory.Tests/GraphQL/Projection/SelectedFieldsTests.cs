using GraphQLParser;
using GraphQLParser.AST;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Tests.GraphQL.Protection;

namespace VcsDirectory.Tests.GraphQL.Projection;

/// <summary>The projection's view of a selection: fragments expanded once per level, however often they are spread.</summary>
public sealed class SelectedFieldsTests
{
    [Fact]
    public void A_fragment_spread_twice_a_level_is_expanded_once_so_forty_levels_are_walked_at_once()
    {
        // 2^40 expanded fields if each spread were walked; validation refuses such a document, the projection must not depend on it.
        var document = Parser.Parse(HostileDocumentTests.FragmentBomb(40).Replace("query { ...F0 }", "query { organisations { ...F0 } }", StringComparison.Ordinal));
        var root = document.Definitions.OfType<GraphQLOperationDefinition>().Single().SelectionSet.Selections.OfType<GraphQLField>().Single();

        var selected = SelectedFields.Of([root], document);

        Assert.Equal(["__typename"], selected.Names);
    }

    [Fact]
    public void Fields_of_every_fragment_at_a_level_are_united()
    {
        var document = Parser.Parse("query { organisations { ...A ...B ...A } } fragment A on Organisation { name } fragment B on Organisation { id ...A }");
        var root = document.Definitions.OfType<GraphQLOperationDefinition>().Single().SelectionSet.Selections.OfType<GraphQLField>().Single();

        var selected = SelectedFields.Of([root], document);

        Assert.Equal(["id", "name"], selected.Names.Order(StringComparer.Ordinal));
    }
}
