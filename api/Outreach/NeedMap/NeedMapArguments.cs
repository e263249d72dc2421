using System.Globalization;
using GraphQL;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Outreach.NeedMap;

/// <summary>
/// Reads and checks the arguments the need-map queries share. A value out of range or a code that names nothing
/// is a GraphQL error with code <c>INVALID_ARGUMENT</c> naming the argument, raised before the needs are read.
/// </summary>
public static class NeedMapArguments
{
    /// <summary>As the filters' lists: more codes than this cannot be a real question.</summary>
    public const int MaxCodes = 500;

    public static double InRange(double value, double min, double max, string argument, string unit)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw Invalid(string.Create(CultureInfo.InvariantCulture, $"'{argument}' must be between {min} and {max} {unit}; it was {value}."));
        }

        return value;
    }

    public static int InRange(int value, int min, int max, string argument, string unit)
    {
        if (value < min || value > max)
        {
            throw Invalid(string.Create(CultureInfo.InvariantCulture, $"'{argument}' must be between {min} and {max} {unit}; it was {value}."));
        }

        return value;
    }

    /// <summary>The codes in a list argument; null when it is absent or null (no restriction).</summary>
    public static IReadOnlyList<string>? Codes(object? value, string argument)
    {
        if (value is not IEnumerable<object?> items)
        {
            return null;
        }

        var codes = items.OfType<string>().ToList();
        return codes.Count <= MaxCodes ? codes : throw Invalid($"'{argument}' has {codes.Count} codes; at most {MaxCodes} are accepted.");
    }

    public static IReadOnlyCollection<int>? ServiceCategoryIds(NeedMapLookups lookups, IReadOnlyList<string>? codes, string argument) =>
        Resolve(codes, lookups.TryGetServiceCategoryId, argument, "service category");

    public static IReadOnlyCollection<int>? WardIds(NeedMapLookups lookups, IReadOnlyList<string>? codes, string argument) =>
        Resolve(codes, lookups.TryGetWardId, argument, "ward");

    public static int ServiceCategoryId(NeedMapLookups lookups, string code, string argument) =>
        Resolve([code], lookups.TryGetServiceCategoryId, argument, "service category")!.Single();

    public static ExecutionError Invalid(string message) => new(message) { Code = ErrorCodes.InvalidArgument };

    private delegate bool TryGetId(string code, out int id);

    private static HashSet<int>? Resolve(IReadOnlyList<string>? codes, TryGetId tryGet, string argument, string what)
    {
        if (codes is null)
        {
            return null;
        }

        var ids = new HashSet<int>();
        var unknown = new List<string>();
        foreach (var code in codes)
        {
            if (tryGet(code, out var id))
            {
                ids.Add(id);
            }
            else
            {
                unknown.Add(code);
            }
        }

        return unknown.Count switch
        {
            0 => ids,
            _ when codes.Count == 1 => throw Invalid($"'{argument}' names no {what}: '{unknown[0]}'."),
            _ => throw Invalid($"'{argument}' has codes that name no {what}: {string.Join(", ", unknown.Distinct(StringComparer.Ordinal).Take(10))}."),
        };
    }
}
