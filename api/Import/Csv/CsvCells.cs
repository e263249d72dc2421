namespace VcsDirectory.Api.Import.Csv;

/// <summary>
/// Formula injection (OWASP "CSV Injection"): the exports put <c>'</c> before text that a spreadsheet would run as a
/// formula (starting with <c>= + - @</c>, tab or CR; CsvHelper's <c>CsvInjection.Escape</c>), and the import takes that
/// quote off again, so an export imports back unchanged.
/// </summary>
public static class CsvCells
{
    public static readonly char[] InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The cell's text as it was before an export neutralised it.</summary>
    public static string Restore(string cell) =>
        cell.Length >= 2 && cell[0] == '\'' && InjectionCharacters.Contains(cell[1]) ? cell[1..] : cell;

    public static IReadOnlyList<string> List(string? cell) =>
        (cell ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
