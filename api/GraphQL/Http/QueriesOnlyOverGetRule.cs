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
            context.ReportError(new ValidationError(context.Document.Source, Code,
                $"Only queries run over GET; send this {context.Operation.Operation.ToString().ToLowerInvariant()} as a POST.",
                context.Operation));
        }

        return default;
    }
}
