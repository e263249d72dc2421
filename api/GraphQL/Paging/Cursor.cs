using System.Globalization;
using System.Text;
using GraphQL;

namespace VcsDirectory.Api.GraphQL.Paging;

/// <summary>
/// Opaque cursors holding a position in the filtered, sorted list. A cursor is only meaningful for the
/// same filter and order it came from, as with any offset-based Relay cursor.
/// </summary>
public static class Cursor
{
    private const string Prefix = "cursor:";

    public static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + index.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string cursor, string argumentName)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) &&
                int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return index;
            }
        }
        catch (FormatException)
        {
        }

        throw new ExecutionError($"'{argumentName}' is not a cursor this API issued.") { Code = ErrorCodes.InvalidCursor };
    }
}
