using System.Collections;
using System.Linq.Expressions;
using GraphQL;

namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>Turns a parsed <c>where</c> input into an expression EF Core translates to SQL.</summary>
public static class FilterExpressionBuilder
{
    public const int MaxListValues = 500;

    public static Expression<Func<T, bool>> Build<T>(IFilterSpec spec, IDictionary<string, object?> where)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Filter(spec, where, parameter), parameter);
    }

    /// <summary>The same filter on a value reached through <paramref name="path"/> (e.g. the child of a parent–child row).</summary>
    public static Expression<Func<TOuter, bool>> Build<TOuter>(IFilterSpec spec, IDictionary<string, object?> where, LambdaExpression path) =>
        Expression.Lambda<Func<TOuter, bool>>(Filter(spec, where, path.Body), path.Parameters[0]);

    private static Expression Filter(IFilterSpec spec, IDictionary<string, object?> where, Expression target)
    {
        Expression result = Expression.Constant(true);
        foreach (var (name, value) in where)
        {
            result = Expression.AndAlso(result, name switch
            {
                "and" => Combine(spec, value, target, Expression.AndAlso, seed: true),
                "or" => Combine(spec, value, target, Expression.OrElse, seed: false),
                _ => Field(spec.Fields.Single(f => f.Name == name), value, target),
            });
        }

        return result;
    }

    private static Expression Combine(IFilterSpec spec, object? value, Expression target, Func<Expression, Expression, BinaryExpression> join, bool seed)
    {
        var filters = Items(value).Cast<IDictionary<string, object?>>().ToList();
        return filters.Count == 0
            ? Expression.Constant(true)
            : filters.Select(f => Filter(spec, f, target)).Aggregate((Expression)Expression.Constant(seed), (a, b) => join(a, b));
    }

    private static Expression Field(FilterField field, object? value, Expression target)
    {
        var member = Selected(field.Selector, target);
        if (value is not IDictionary<string, object?> conditions)
        {
            return Expression.Constant(true);
        }

        return field switch
        {
            ScalarFilterField => conditions.Aggregate((Expression)Expression.Constant(true), (all, c) => Expression.AndAlso(all, ScalarOperators.Apply(c.Key, member, Comparable(field, c.Key, c.Value, member.Type)))),
            ObjectFilterField o => Filter(o.Nested, conditions, member),
            ListFilterField l => conditions.Aggregate((Expression)Expression.Constant(true), (all, c) => Expression.AndAlso(all, ListCondition(l, member, c.Key, c.Value))),
            _ => throw new NotSupportedException(field.GetType().Name),
        };
    }

    private static Expression ListCondition(ListFilterField field, Expression list, string op, object? value)
    {
        var elementType = list.Type.GetInterfaces().Append(list.Type)
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
        if (op == "any")
        {
            var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list);
            return value is false ? Expression.Not(any) : any;
        }

        if (value is not IDictionary<string, object?> condition)
        {
            throw Invalid($"'{field.Name}: {{ {op}: null }}' names no condition: give one, or leave '{op}' out.");
        }

        var element = Expression.Parameter(elementType, "e");
        var predicate = Expression.Lambda(Filter(field.Element, condition, element), element);
        return op switch
        {
            "some" => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list, predicate),
            "none" => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list, predicate)),
            "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [elementType], list, predicate),
            _ => throw new NotSupportedException(op),
        };
    }

    // A null compared with a value that is never null matches nothing, which is never what the caller meant.
    private static object? Comparable(FilterField field, string op, object? value, Type memberType) =>
        value is null && op is not ("in" or "nin" or "contains" or "startsWith" or "endsWith") && memberType.IsValueType && Nullable.GetUnderlyingType(memberType) is null
            ? throw Invalid($"'{field.Name}' always has a value, so '{op}: null' can match nothing: give a value, or leave '{op}' out.")
            : value;

    private static ExecutionError Invalid(string message) => new(message) { Code = ErrorCodes.InvalidArgument };

    private static Expression Selected(LambdaExpression selector, Expression target) =>
        new ParameterReplacer(selector.Parameters[0], target).Visit(selector.Body);

    internal static IEnumerable<object?> Items(object? value)
    {
        var items = value is IEnumerable enumerable and not string ? enumerable.Cast<object?>().ToList() : [];
        if (items.Count > MaxListValues)
        {
            throw Invalid($"A filter list holds at most {MaxListValues} values (got {items.Count}).");
        }

        return items;
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
