namespace VcsDirectory.Api.Import.Csv;

/// <summary>One reason a spreadsheet cannot be imported: its row as a spreadsheet numbers it (the header is row 1; 0 for the whole file), its column, a stable code and a sentence.</summary>
public sealed record CsvProblem(int Row, string Column, string Code, string Message);
