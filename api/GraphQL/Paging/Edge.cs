namespace VcsDirectory.Api.GraphQL.Paging;

/// <summary>A node and its position; the cursor is encoded only when a client asks for it (most ask for nodes only).</summary>
public sealed record Edge<T>(int Index, T Node) : IEdge
{
    public string Cursor => Paging.Cursor.Encode(Index);

    object? IEdge.Node => Node;
}
