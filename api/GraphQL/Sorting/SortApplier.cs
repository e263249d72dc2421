using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Sorting;

public static class SortApplier
{
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ISortSpec spec, IEnumerable<IDictionary<string, object?>>? order) =>
        Apply(query, spec, order, path: null);

    /// <summary>Sorts by fields of a value reached through <paramref name="path"/> (e.g. the child of a parent–child row).</summary>
    /// <remarks><paramref name="thenBy"/>: the query is already ordered (a search's rank) and this order only breaks its ties.</remarks>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ISortSpec spec, IEnumerable<IDictionary<string, object?>>? order, LambdaExpression? path, bool thenBy = false)
    {
        var ordered = thenBy;
        foreach (var entry in order ?? [])
        {
            foreach (var (name, value) in entry)
            {
                if (value is SortDirection direction)
                {
                    query = OrderBy(query, Through(path, spec.Fields.Single(f => f.Name == name).Selector), direction == SortDirection.Desc, ordered);
                    ordered = true;
                }
            }
        }

        return OrderBy(query, Through(path, spec.Key), descending: false, thenBy: ordered);
    }

    private static LambdaExpression Through(LambdaExpression? path, LambdaExpression selector) => path is null
        ? selector
        : Expression.Lambda(new Replace(selector.Parameters[0], path.Body).Visit(selector.Body), path.Parameters[0]);

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
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
