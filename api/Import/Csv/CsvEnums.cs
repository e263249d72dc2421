using System.Text.Json;

namespace VcsDirectory.Api.Import.Csv;

/// <summary>Enum values in a spreadsheet are written as the API names them (COMMUNITY_GROUP), and read ignoring case.</summary>
public static class CsvEnums
{
    public static string Write<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    public static bool TryRead<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Write(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
