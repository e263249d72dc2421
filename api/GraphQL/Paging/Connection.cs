namespace VcsDirectory.Api.GraphQL.Paging;

/// <summary>A Relay connection: one page of a list, with its cursors and the size of the whole list.</summary>
/// <remarks>
/// It holds the page as it came (not copied) and makes the
/// edges only when a client asks for them: most ask for nodes alone.
/// </remarks>
public sealed class Connection<T>(IReadOnlyList<T> page, int start, PageInfo pageInfo, int totalCount) : IConnection
{
    public IReadOnlyList<T> Nodes => page;

    public IReadOnlyList<Edge<T>> Edges => [.. page.Select((node, i) => new Edge<T>(start + i, node))];

    public PageInfo PageInfo => pageInfo;

    public int TotalCount => totalCount;

    IEnumerable<IEdge> IConnection.Edges => Edges;

    IEnumerable<object?> IConnection.Nodes => (IEnumerable<object?>?)(page as IEnumerable<object>) ?? page.Select(n => (object?)n);
}
