namespace VcsDirectory.Api.GraphQL.Paging;

public interface IEdge
{
    string Cursor { get; }

    object? Node { get; }
}
