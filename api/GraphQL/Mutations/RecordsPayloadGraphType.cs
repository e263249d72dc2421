using GraphQL;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>The payload of a mutation creating several records of one type: <c>IdentifiedNeedsPayload { identifiedNeeds, userErrors }</c>.</summary>
public sealed class RecordsPayloadGraphType<TNodeType, TNode> : ObjectGraphType<Payload<IReadOnlyList<TNode>>>
    where TNodeType : IGraphType
    where TNode : class
{
    public RecordsPayloadGraphType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = node + "sPayload";
        Description = $"The answer of a mutation creating {node} records: all of them as saved, or the user errors and nothing written.";
        Field<ListGraphType<NonNullGraphType<TNodeType>>>(char.ToLowerInvariant(node[0]) + node[1..] + "s")
            .Description($"The {node} records created, in the input's order; null when the input was refused.")
            .Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors")
            .Description("Empty on success.")
            .Resolve(ctx => ctx.Source.UserErrors);
    }
}
