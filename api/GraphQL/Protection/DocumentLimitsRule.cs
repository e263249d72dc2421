using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>Refuses documents deeper, with more aliases or more directives than <see cref="RequestLimits"/> allow.</summary>
public sealed class DocumentLimitsRule(RequestLimits limits) : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var counter = new Counter();
        await counter.VisitAsync(context.Document, new NullVisitorContext());
        Report(context, counter.Aliases > limits.MaxAliases, "MAX_ALIASES", $"The document has {counter.Aliases} aliases; at most {limits.MaxAliases} are allowed.");
        Report(context, counter.Directives > limits.MaxDirectives, "MAX_DIRECTIVES", $"The document has {counter.Directives} directives; at most {limits.MaxDirectives} are allowed.");
        var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
        var depth = Depth(context.Operation.SelectionSet, fragments, []);
        Report(context, depth > limits.MaxDepth, "MAX_DEPTH", $"The operation nests fields {depth} deep; at most {limits.MaxDepth} are allowed.");
        return null;
    }

    private static void Report(ValidationContext context, bool exceeded, string code, string message)
    {
        if (exceeded)
        {
            context.ReportError(new ValidationError(context.Document.Source, code, message) { Code = code });
        }
    }

    // Fragments are followed where they are spread; a fragment already on the path (a cycle, which another rule reports) is not.
    private static int Depth(GraphQLSelectionSet? set, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> path)
    {
        var deepest = 0;
        foreach (var selection in set?.Selections ?? [])
        {
            var depth = selection switch
            {
                GraphQLField field when field.Name.StringValue.StartsWith("__", StringComparison.Ordinal) => 0,
                GraphQLField field => 1 + Depth(field.SelectionSet, fragments, path),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, fragments, path),
                GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && path.Add(fragment.FragmentName.Name.StringValue)
                    => DepthThenLeave(fragment, fragments, path),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int DepthThenLeave(GraphQLFragmentDefinition fragment, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> path)
    {
        var depth = Depth(fragment.SelectionSet, fragments, path);
        path.Remove(fragment.FragmentName.Name.StringValue);
        return depth;
    }

    private sealed class Counter : ASTVisitor<NullVisitorContext>
    {
        public int Aliases { get; private set; }

        public int Directives { get; private set; }

        protected override ValueTask VisitAliasAsync(GraphQLAlias alias, NullVisitorContext context)
        {
            Aliases++;
            return base.VisitAliasAsync(alias, context);
        }

        protected override ValueTask VisitDirectiveAsync(GraphQLDirective directive, NullVisitorContext context)
        {
            Directives++;
            return base.VisitDirectiveAsync(directive, context);
        }
    }
}
