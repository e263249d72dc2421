using System.Collections;
using System.Globalization;
using System.Reflection;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>
/// An input object that GraphQL.NET parses into <typeparamref name="TInput"/>: each field into the property of the same
/// name; an <see cref="Optional{T}"/> property tells an omitted field from one given as null. Resolvers then read typed
/// properties, never string keys.
/// </summary>
public abstract class TypedInputGraphType<TInput> : InputObjectGraphType<TInput>
    where TInput : new()
{
    private static readonly Dictionary<string, PropertyInfo> Properties = typeof(TInput)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], StringComparer.Ordinal);

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var input = new TInput();
        foreach (var (name, given) in value)
        {
            // A field without a property is a declaration mistake, caught by TypedInputGraphTypeTests for every input type.
            if (Properties.TryGetValue(name, out var property))
            {
                property.SetValue(input, Convert(given, property.PropertyType));
            }
        }

        return input;
    }

    /// <summary>The field names that have no property to land in (none, in a correct declaration).</summary>
    public IEnumerable<string> UnboundFields() => Fields.Select(f => f.Name).Where(n => !Properties.ContainsKey(n));

    private static object? Convert(object? value, Type target)
    {
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(Optional<>))
        {
            var inner = Convert(value, target.GetGenericArguments()[0]);
            return target.GetMethod(nameof(Optional<object>.Of))!.Invoke(null, [inner]);
        }

        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        if (value is IEnumerable items && target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = target.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in items)
            {
                list.Add(Convert(item, element));
            }

            return list;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
    }
}
