namespace VcsDirectory.Api.Import.Csv;

/// <summary>One data row: its number as a spreadsheet shows it (the header is row 1) and its cells by column name.</summary>
public sealed record CsvRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The cell, or null when the file has no such column (an update then leaves the field as it is).</summary>
    public string? this[string column] => Cells.GetValueOrDefault(column);

    public bool Has(string column) => Cells.ContainsKey(column);
}
