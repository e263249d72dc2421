using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace VcsDirectory.Api.GraphQL.Paging;

public static class ConnectionExtensions
{
    /// <summary>Pages an ordered query in SQL: one COUNT and one page query, whatever the page size.</summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(this IQueryable<T> ordered, IResolveFieldContext context)
    {
        var arguments = PagingArguments.From(context);
        var total = await ordered.CountAsync(context.CancellationToken);
        var window = PageWindow.For(arguments, total);
        var page = window.Count == 0 ? [] : await ordered.Skip(window.Start).Take(window.Count).ToListAsync(context.CancellationToken);
        return window.ToConnection(page);
    }

    /// <summary>Pages a list already in memory (a relation loaded in a batch for many parents).</summary>
    public static Connection<T> ToConnection<T>(this IReadOnlyList<T> all, PagingArguments arguments)
    {
        var window = PageWindow.For(arguments, all.Count);
        return window.ToConnection(all.Skip(window.Start).Take(window.Count).ToList());
    }
}
