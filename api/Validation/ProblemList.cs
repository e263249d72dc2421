using System.Text.RegularExpressions;

namespace VcsDirectory.Api.Validation;

/// <summary>Collects problems with the checks every section shares (text, ranges, positions, references).</summary>
public sealed partial class ProblemList
{
    private readonly List<Problem> _problems = [];

    public IReadOnlyList<Problem> All => _problems;

    public void Add(string path, string code, string message) => _problems.Add(new Problem(path, code, message));

    public void Text(string path, string? value, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(path, "REQUIRED", "A value is required.");
            }
        }
        else if (value.Length > maxLength)
        {
            Add(path, "TOO_LONG", $"At most {maxLength} characters (got {value.Length}).");
        }
    }

    public void Range(string path, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            Add(path, "OUT_OF_RANGE", $"Must be between {min} and {max} (got {value}).");
        }
    }

    public void Position(string path, double? latitude, double? longitude)
    {
        if (latitude is null != longitude is null)
        {
            Add(path, "INCOMPLETE_POSITION", "Give both latitude and longitude, or neither.");
        }
        else if (latitude is { } lat && longitude is { } lon && !IsWgs84(lat, lon))
        {
            Add(path, "INVALID_POSITION", "Latitude must be within ±90 and longitude within ±180.");
        }
    }

    public void Reference(string path, string? value, IReadOnlySet<string> known, string what)
    {
        if (value is not null && !known.Contains(value))
        {
            Add(path, "UNKNOWN_REFERENCE", $"No {what} '{value}' in the dataset.");
        }
    }

    public void References(string path, IReadOnlyList<string> values, IReadOnlySet<string> known, string what)
    {
        for (var i = 0; i < values.Count; i++)
        {
            Reference($"{path}[{i}]", values[i], known, what);
        }

        foreach (var duplicate in values.GroupBy(v => v).Where(g => g.Count() > 1))
        {
            Add(path, "DUPLICATE", $"'{duplicate.Key}' is listed more than once.");
        }
    }

    public HashSet<string> UniqueKeys<T>(string path, IReadOnlyList<T> items, Func<T, string> key, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var value = key(items[i]);
            if (!string.IsNullOrWhiteSpace(value) && !seen.Add(value))
            {
                Add($"{path}[{i}]", "DUPLICATE", $"Another {what} already uses '{value}'.");
            }
        }

        return seen;
    }

    public void Code(string path, string code)
    {
        if (!CodePattern().IsMatch(code))
        {
            Add(path, "INVALID_CODE", "Codes are SCREAMING_SNAKE_CASE: capital letters, digits and underscores, starting with a letter.");
        }
    }

    public void Email(string path, string? value)
    {
        Text(path, value, 254);
        if (!string.IsNullOrEmpty(value) && !EmailPattern().IsMatch(value))
        {
            Add(path, "INVALID_EMAIL", "Not an email address.");
        }
    }

    public void Url(string path, string? value)
    {
        Text(path, value, 300);
        if (!string.IsNullOrEmpty(value) &&
            !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            Add(path, "INVALID_URL", "Not an absolute http(s) address.");
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    /// <summary>A WGS84 position in decimal degrees (the one range every record with a position keeps).</summary>
    public static bool IsWgs84(double latitude, double longitude) =>
        latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;
}
