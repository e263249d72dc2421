using GraphQL;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>The payload of the mutations on one type: <c>OrganisationPayload { organisation, userErrors }</c>.</summary>
public sealed class PayloadGraphType<TNodeType, TNode> : ObjectGraphType<Payload<TNode>>
    where TNodeType : IGraphType
    where TNode : class
{
    public PayloadGraphType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = node + "Payload";
        Description = $"The answer of a mutation on a {node}: the {node} as it now is, or the user errors and nothing written.";
        Field<TNodeType>(char.ToLowerInvariant(node[0]) + node[1..])
            .Description($"The {node} after the change; null when the input was refused.")
            .Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors")
            .Description("Empty on success.")
            .Resolve(ctx => ctx.Source.UserErrors);
    }
}
