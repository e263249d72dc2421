namespace VcsDirectory.Api.GraphQL.Paging;

/// <summary>A Relay connection: one page of a list, with its cursors and the size of the whole list.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount) : IConnection
{
    // Lists, not lazy sequences: GraphQL.NET sizes a list's result once from its count instead of growing it.
    public IReadOnlyList<T> Nodes => [.. Edges.Select(e => e.Node)];

    IEnumerable<IEdge> IConnection.Edges => Edges;

    IEnumerable<object?> IConnection.Nodes => [.. Edges.Select(e => (object?)e.Node)];
}
