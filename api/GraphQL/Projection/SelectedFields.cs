using GraphQLParser.AST;

namespace VcsDirectory.Api.GraphQL.Projection;

/// <summary>
/// The fields selected on one object type, by field name, with every occurrence's sub-selection: fragments are
/// expanded and repeated fields united, and <c>@skip</c>/<c>@include</c> are ignored. A superset of what
/// execution will ask for, which is what a projection must load.
/// </summary>
internal sealed class SelectedFields
{
    private readonly Dictionary<string, List<GraphQLField>> _byName = new(StringComparer.Ordinal);

    private SelectedFields()
    {
    }

    public IEnumerable<string> Names => _byName.Keys;

    public static SelectedFields Of(IEnumerable<GraphQLField> fields, GraphQLDocument document)
    {
        var selected = new SelectedFields();
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            selected.Add(field.SelectionSet, document, expanded);
        }

        return selected;
    }

    public static SelectedFields Union(SelectedFields first, SelectedFields second)
    {
        var union = new SelectedFields();
        foreach (var (name, fields) in first._byName.Concat(second._byName))
        {
            if (!union._byName.TryGetValue(name, out var list))
            {
                union._byName[name] = list = [];
            }

            list.AddRange(fields);
        }

        return union;
    }

    /// <summary>The selection under <paramref name="name"/> (united over its occurrences).</summary>
    public SelectedFields Under(string name, GraphQLDocument document) =>
        Of(_byName.TryGetValue(name, out var fields) ? fields : [], document);

    private void Add(GraphQLSelectionSet? selectionSet, GraphQLDocument document, HashSet<string> expanded)
    {
        // No depth limit: a field left out here would be read as a default value. Inline fragments nest no deeper
        // than the document (which the token limit bounds). A named fragment is expanded once per level: a second
        // spread adds the same fields again (so a fragment spread twice a level would double the work per level),
        // and a cycle (which validation refuses anyway) ends there.
        if (selectionSet is null)
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    if (!_byName.TryGetValue(name, out var list))
                    {
                        _byName[name] = list = [];
                    }

                    list.Add(field);
                    break;
                case GraphQLInlineFragment inline:
                    Add(inline.SelectionSet, document, expanded);
                    break;
                case GraphQLFragmentSpread spread when expanded.Add(spread.FragmentName.Name.StringValue):
                    var definition = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.Value.Span.SequenceEqual(spread.FragmentName.Name.Value.Span));
                    Add(definition?.SelectionSet, document, expanded);
                    break;
            }
        }
    }
}
