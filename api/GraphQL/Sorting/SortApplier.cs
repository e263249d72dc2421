using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Sorting;

public static class SortApplier
{
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ISortSpec spec, IEnumerable<IDictionary<string, object?>>? order)
    {
        var ordered = false;
        foreach (var entry in order ?? [])
        {
            foreach (var (name, value) in entry)
            {
                if (value is SortDirection direction)
                {
                    query = OrderBy(query, spec.Fields.Single(f => f.Name == name).Selector, direction == SortDirection.Desc, ordered);
                    ordered = true;
                }
            }
        }

        return OrderBy(query, spec.Key, descending: false, thenBy: ordered);
    }

    private static IQueryable<T> OrderBy<T>(IQueryable<T> query, LambdaExpression selector, bool descending, bool thenBy)
    {
        var method = (thenBy, descending) switch
        {
            (false, false) => nameof(Queryable.OrderBy),
            (false, true) => nameof(Queryable.OrderByDescending),
            (true, false) => nameof(Queryable.ThenBy),
            (true, true) => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), selector.ReturnType], query.Expression, Expression.Quote(selector));
        return query.Provider.CreateQuery<T>(call);
    }
}
