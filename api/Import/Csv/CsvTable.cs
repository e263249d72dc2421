namespace VcsDirectory.Api.Import.Csv;

/// <summary>A spreadsheet read and checked for shape: its header and rows, each row's cells by column name.</summary>
public sealed record CsvTable(IReadOnlyList<string> Columns, IReadOnlyList<CsvRow> Rows);
