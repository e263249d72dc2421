using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Nodes;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id: fetch any of them again with `node(id:)` or `nodes(ids:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global id of the object.");
    }
}
