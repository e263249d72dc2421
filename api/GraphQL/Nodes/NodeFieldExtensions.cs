using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Nodes;

public static class NodeFieldExtensions
{
    /// <summary>Makes an object type a Node: its opaque <c>id</c> and, as GitHub has it, its <c>databaseId</c>.</summary>
    public static void AsNode<T>(this ObjectGraphType<T> type, Func<T, int> key)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The opaque global id: pass it to `node(id:)`.")
            .Resolve(ctx => GlobalId.Encode(type.Name, key(ctx.Source)));
        type.Field<NonNullGraphType<IntGraphType>>("databaseId")
            .Description("The primary key in the database; prefer `id`.")
            .Resolve(ctx => key(ctx.Source));
    }
}
