namespace VcsDirectory.Api.GraphQL.Paging;

public sealed record Edge<T>(string Cursor, T Node) : IEdge
{
    object? IEdge.Node => Node;
}
