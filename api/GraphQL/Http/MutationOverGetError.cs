using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>The error the endpoint recognises to answer 405 rather than 400.</summary>
public sealed class MutationOverGetError : ValidationError
{
    public MutationOverGetError(ROM source, GraphQLOperationDefinition operation)
        : base(source, QueriesOnlyOverGetRule.Code,
            $"Only queries run over GET; send this {operation.Operation.ToString().ToLowerInvariant()} as a POST.", operation)
    {
        Code = QueriesOnlyOverGetRule.Code;
    }
}
