namespace VcsDirectory.Api.GraphQL.Paging;

/// <summary>Relay's page information; the cursors are positions, encoded when asked for.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, int? StartIndex, int? EndIndex)
{
    public string? StartCursor => StartIndex is { } index ? Cursor.Encode(index) : null;

    public string? EndCursor => EndIndex is { } index ? Cursor.Encode(index) : null;
}
