namespace VcsDirectory.Api.GraphQL.Paging;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
