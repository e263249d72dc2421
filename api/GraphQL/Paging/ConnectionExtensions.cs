using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace VcsDirectory.Api.GraphQL.Paging;

public static class ConnectionExtensions
{
    /// <summary>
    /// Pages an ordered query in SQL: one page query, plus a COUNT only when the list's size is needed
    /// (<c>totalCount</c> asked for, or paging from the end); otherwise one extra row tells whether a next page exists.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(this IQueryable<T> ordered, IResolveFieldContext context)
    {
        var arguments = PagingArguments.From(context);
        if (arguments.Last is null && arguments.Before is null && context.SubFields?.ContainsKey("totalCount") != true)
        {
            var start = arguments.After is null ? 0 : Cursor.Decode(arguments.After, "after") + 1;
            var size = arguments.First ?? PagingArguments.DefaultPageSize;
            var rows = size == 0 ? [] : await ordered.Skip(start).Take(size + 1).ToListAsync(context.CancellationToken);
            // The total is not known here, and not asked for: the connection holds a lower bound that says whether more follow.
            var known = start + rows.Count;
            return new PageWindow(start, start + Math.Min(size, rows.Count), known).ToConnection(rows.Take(size).ToList());
        }

        var total = await ordered.CountAsync(context.CancellationToken);
        var window = PageWindow.For(arguments, total);
        var page = window.Count == 0 ? [] : await ordered.Skip(window.Start).Take(window.Count).ToListAsync(context.CancellationToken);
        return window.ToConnection(page);
    }

    /// <summary>Pages a list already in memory (one worked out by an algorithm, not read from the database).</summary>
    public static Connection<T> ToConnection<T>(this IReadOnlyList<T> all, PagingArguments arguments)
    {
        var window = PageWindow.For(arguments, all.Count);
        return window.ToConnection(window.Start == 0 && window.Count == all.Count ? all : all.Skip(window.Start).Take(window.Count).ToList());
    }
}
