using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.GraphQL.Nodes;

public static class NodeFieldExtensions
{
    /// <summary>Makes an object type a Node: its opaque <c>id</c> and, as GitHub has it, its <c>databaseId</c>.</summary>
    public static void AsNode<T>(this ObjectGraphType<T> type, Func<T, int> key)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The opaque global id: pass it to `node(id:)`.")
            .ReadsKeyOnly()
            .Resolve(ctx => GlobalId.Encode(type.Name, key(ctx.Source)));
        type.Field<NonNullGraphType<IntGraphType>>("databaseId")
            .Description("The primary key in the database; prefer `id`.")
            .ReadsKeyOnly()
            .Resolve(ctx => key(ctx.Source));
    }
}
