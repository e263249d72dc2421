using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// Refuses documents with more expanded fields, deeper nesting (introspection's own bound included), more aliases or
/// more directives than <see cref="RequestLimits"/> allow. The expanded field count is checked first and alone: it
/// bounds the work of every rule after it, GraphQL.NET's complexity analysis included, which expands fragments.
/// </summary>
public sealed class DocumentLimitsRule(RequestLimits limits) : ValidationRuleBase
{
    /// <summary>graphql-js 16.9's <c>MaxIntrospectionDepthRule</c>: three nested fields/interfaces/possibleTypes/inputFields are refused.</summary>
    public const int MaxIntrospectionLists = 2;

    /// <summary>The standard introspection query of graphql-js 16 nests <c>ofType</c> 8 deep; three more are allowed.</summary>
    public const int MaxOfTypes = 11;

    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var shape = new DocumentShapes(context.Document, context.CancellationToken).Of(context.Operation.SelectionSet);
        if (shape.Fields > limits.MaxFields)
        {
            Report(context, true, "MAX_FIELDS", $"The operation expands to {shape.Fields:0} fields once its fragments are spread; at most {limits.MaxFields} are allowed.");
            return null;
        }

        var counter = new Counter();
        await counter.VisitAsync(context.Document, new NullVisitorContext());
        Report(context, counter.Aliases > limits.MaxAliases, "MAX_ALIASES", $"The document has {counter.Aliases} aliases; at most {limits.MaxAliases} are allowed.");
        Report(context, counter.Directives > limits.MaxDirectives, "MAX_DIRECTIVES", $"The document has {counter.Directives} directives; at most {limits.MaxDirectives} are allowed.");
        Report(context, shape.Depth > limits.MaxDepth, "MAX_DEPTH", $"The operation nests fields {shape.Depth} deep; at most {limits.MaxDepth} are allowed.");
        Report(context, shape.IntrospectionLists > MaxIntrospectionLists, "MAX_DEPTH",
            $"The introspection nests fields/interfaces/possibleTypes/inputFields {shape.IntrospectionLists} deep; at most {MaxIntrospectionLists} are allowed.");
        Report(context, shape.IntrospectionOfTypes > MaxOfTypes, "MAX_DEPTH", $"The introspection nests ofType {shape.IntrospectionOfTypes} deep; at most {MaxOfTypes} are allowed.");
        return null;
    }

    private static void Report(ValidationContext context, bool exceeded, string code, string message)
    {
        if (exceeded)
        {
            context.ReportError(new ValidationError(context.Document.Source, code, message) { Code = code });
        }
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
