using GraphQL.Validation;
using GraphQLParser.AST;

namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>GET must be safe: it runs queries only; a mutation over GET is refused before execution (answered 405).</summary>
internal sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public const string Code = "MUTATION_OVER_GET";

    public static QueriesOnlyOverGetRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new MutationOverGetError(context.Document.Source, context.Operation));
        }

        return default;
    }
}
