using GraphQLParser.AST;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// Measures an operation's <see cref="DocumentShape"/> visiting each fragment once: a document spreading each
/// fragment twice into the next doubles its expanded size per level, but not the work of measuring it.
/// </summary>
internal sealed class DocumentShapes(GraphQLDocument document, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
        .OfType<GraphQLFragmentDefinition>()
        .GroupBy(f => f.FragmentName.Name.StringValue)
        .ToDictionary(g => g.Key, g => g.First());

    private readonly Dictionary<string, DocumentShape> _measured = [];
    private readonly HashSet<string> _onPath = [];

    public DocumentShape Of(GraphQLSelectionSet? set)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var shape = DocumentShape.Empty;
        foreach (var selection in set?.Selections ?? [])
        {
            shape = shape.Beside(selection switch
            {
                GraphQLField field => DocumentShape.Field(field.Name.StringValue, Of(field.SelectionSet)),
                GraphQLInlineFragment inline => Of(inline.SelectionSet),
                GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue),
                _ => DocumentShape.Empty,
            });
        }

        return shape;
    }

    // A fragment already on the path is a cycle, which another rule reports; it adds nothing here.
    private DocumentShape OfFragment(string name)
    {
        if (_measured.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment) || !_onPath.Add(name))
        {
            return DocumentShape.Empty;
        }

        var shape = Of(fragment.SelectionSet);
        _onPath.Remove(name);
        _measured[name] = shape;
        return shape;
    }
}
