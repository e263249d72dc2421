namespace VcsDirectory.Api.GraphQL.Paging;

/// <summary>A connection seen without its node type, as the shared connection graph types read it.</summary>
public interface IConnection
{
    IEnumerable<IEdge> Edges { get; }

    IEnumerable<object?> Nodes { get; }

    PageInfo PageInfo { get; }

    int TotalCount { get; }
}
