namespace VcsDirectory.Api.GraphQL.Paging;

/// <summary>
/// The slice [Start, End) of a list of <c>total</c> items that Relay's paging algorithm selects,
/// computed once so the SQL and the in-memory connections page identically.
/// </summary>
public readonly record struct PageWindow(int Start, int End, int Total)
{
    public int Count => End - Start;

    public static PageWindow For(PagingArguments arguments, int total)
    {
        var start = arguments.After is null ? 0 : Math.Min(Cursor.Decode(arguments.After, "after") + 1, total);
        var end = arguments.Before is null ? total : Math.Min(Cursor.Decode(arguments.Before, "before"), total);
        end = Math.Max(start, end);
        if (arguments.First is { } first)
        {
            end = Math.Min(end, start + first);
        }
        else if (arguments.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }
        else
        {
            end = Math.Min(end, start + PagingArguments.DefaultPageSize);
        }

        return new PageWindow(start, end, total);
    }

    public Connection<T> ToConnection<T>(IReadOnlyList<T> page)
    {
        var pageInfo = new PageInfo(
            HasNextPage: Start + page.Count < Total,
            HasPreviousPage: Start > 0,
            StartIndex: page.Count > 0 ? Start : null,
            EndIndex: page.Count > 0 ? Start + page.Count - 1 : null);
        return new Connection<T>(page, Start, pageInfo, Total);
    }
}
