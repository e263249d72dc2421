using System.Linq.Expressions;
using System.Reflection;

namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>The scalar operators, each as an expression over the member and a parameterised value.</summary>
internal static class ScalarOperators
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    public static Expression Apply(string op, Expression member, object? value) => op switch
    {
        "eq" => Expression.Equal(member, Value(value, member.Type)),
        "neq" => Expression.NotEqual(member, Value(value, member.Type)),
        "gt" => Expression.GreaterThan(member, Value(value, member.Type)),
        "gte" => Expression.GreaterThanOrEqual(member, Value(value, member.Type)),
        "lt" => Expression.LessThan(member, Value(value, member.Type)),
        "lte" => Expression.LessThanOrEqual(member, Value(value, member.Type)),
        "in" => In(member, value),
        "nin" => Expression.Not(In(member, value)),
        "contains" => Text(member, nameof(string.Contains), value),
        "startsWith" => Text(member, nameof(string.StartsWith), value),
        "endsWith" => Text(member, nameof(string.EndsWith), value),
        _ => throw new NotSupportedException(op),
    };

    private static MethodCallExpression In(Expression member, object? value)
    {
        var values = FilterExpressionBuilder.Items(value).Select(v => Convert(v, member.Type));
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var v in values)
        {
            list.Add(v);
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Parameter(list, list.GetType()), member);
    }

    private static Expression Text(Expression member, string method, object? value)
    {
        if (value is not string text)
        {
            return Expression.Constant(true);
        }

        var lowered = Expression.Call(member, ToLower);
        var call = Expression.Call(lowered, typeof(string).GetMethod(method, [typeof(string)])!, Parameter(text.ToLowerInvariant(), typeof(string)));
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), call);
    }

    private static Expression Value(object? value, Type type) =>
        value is null ? Expression.Constant(null, type) : Parameter(Convert(value, type), type);

    private static object? Convert(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value is null || target.IsInstanceOfType(value) ? value : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A value read from a holder object, which EF Core sends as a SQL parameter: one cached plan for any value.</summary>
    private static MemberExpression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
