using System.Globalization;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>Reads a mutation's input dictionary, where an absent field means "leave unchanged" and null means "clear".</summary>
public static class InputReader
{
    public static T Value<T>(this IDictionary<string, object?> input, string name) => Convert<T>(input[name]);

    /// <summary>The field's value when present, else <paramref name="current"/>.</summary>
    public static T Optional<T>(this IDictionary<string, object?> input, string name, T current) =>
        input.TryGetValue(name, out var value) ? Convert<T>(value) : current;

    public static IReadOnlyList<IDictionary<string, object?>> Objects(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? items.OfType<IDictionary<string, object?>>().ToList() : [];

    public static IReadOnlyList<string> Strings(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? items.OfType<string>().ToList() : [];

    /// <summary>A <c>LocationInput</c> field: the current position when absent, none when null.</summary>
    public static (double? Latitude, double? Longitude) Location(this IDictionary<string, object?> input, string name, (double?, double?) current)
    {
        if (!input.TryGetValue(name, out var value))
        {
            return current;
        }

        return value is IDictionary<string, object?> location ? (location.Value<double>("latitude"), location.Value<double>("longitude")) : (null, null);
    }

    private static T Convert<T>(object? value)
    {
        if (value is null)
        {
            return default!;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)(target.IsInstanceOfType(value) ? value : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture));
    }
}
