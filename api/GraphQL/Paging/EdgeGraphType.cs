using GraphQL;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Paging;

public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<IEdge>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = node + "Edge";
        Description = $"A {node} with its position in the list.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Pass it as 'after' or 'before' to page from here.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {node} itself.").Resolve(ctx => ctx.Source.Node);
    }
}
