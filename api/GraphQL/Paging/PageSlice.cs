namespace VcsDirectory.Api.GraphQL.Paging;

/// <summary>
/// What one page of a nested list reads of each parent's list without knowing its length, so that a single statement
/// can read the same slice of every parent's list: <see cref="Take"/> rows from position <see cref="Offset"/>, or the
/// last <see cref="Take"/> rows when <see cref="FromEnd"/>. One row more than the page tells whether a next page exists.
/// </summary>
/// <remarks>
/// The connection built from the rows read equals <see cref="PageWindow.For"/> over the whole list whenever the
/// cursors came from that list (a <c>before</c> past its end is read as its end only when the list is counted).
/// </remarks>
public sealed record PageSlice(int Offset, int Take, int PageSize, bool FromEnd)
{
    /// <summary>The slice <paramref name="arguments"/> select; the list's length is needed only to page from its end.</summary>
    public static PageSlice For(PagingArguments arguments)
    {
        var start = arguments.After is null ? 0 : Cursor.Decode(arguments.After, "after") + 1;
        int? before = arguments.Before is null ? null : Cursor.Decode(arguments.Before, "before");
        if (arguments.Last is { } last && before is null)
        {
            return new PageSlice(start, last, last, FromEnd: true);
        }

        if (arguments.Last is { } fromBefore)
        {
            start = Math.Max(start, before!.Value - fromBefore);
        }

        var size = arguments.First ?? arguments.Last ?? PagingArguments.DefaultPageSize;
        if (before is { } end)
        {
            size = Math.Max(0, Math.Min(size, end - start));
        }

        return new PageSlice(start, size + 1, size, FromEnd: false);
    }

    /// <summary>The list's length is needed: to page from its end (cursors count from its start).</summary>
    public bool NeedsTotal => FromEnd;

    /// <summary>
    /// The connection over one parent's rows, read as this slice says and in the list's order; <paramref name="total"/>
    /// is the list's length when it was counted.
    /// </summary>
    public Connection<T> ToConnection<T>(IReadOnlyList<T> rows, int? total)
    {
        if (FromEnd)
        {
            var length = total ?? throw new InvalidOperationException("A page from the end needs the list's length.");
            var first = length - rows.Count;
            var start = Math.Max(Math.Min(Offset, length), length - PageSize);
            return new PageWindow(start, length, length).ToConnection(rows.Skip(start - first).ToList());
        }

        var page = rows.Count > PageSize ? rows.Take(PageSize).ToList() : rows;
        // Uncounted, the length is known to be at least the rows read: enough to say whether a next page exists.
        var known = total ?? Offset + rows.Count;
        var from = total is { } counted ? Math.Min(Offset, counted) : Offset;
        return new PageWindow(from, from + page.Count, known).ToConnection(page);
    }
}
