using System.Buffers;
using System.Text.Unicode;
using CsvHelper;

namespace VcsDirectory.Api.Import.Csv;

/// <summary>
/// Reads a spreadsheet's bytes into a <see cref="CsvTable"/>, refusing what is not a sound RFC 4180 file in UTF-8: too
/// large, another encoding (UTF-16, Windows-1252), no header, unknown, missing or repeated columns, too many columns or
/// rows, rows of the wrong length, broken quoting. A UTF-8 byte order mark (Excel's "CSV UTF-8") is accepted, as are
/// quoted commas, quotes and line breaks.
/// </summary>
public static class CsvTableReader
{
    private static readonly CsvReaderOptions Options = new()
    {
        // Never detected: the list cells hold ';', which detection could take for the separator.
        Separator = ',',
        HasHeader = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        IncludeValuesInExceptions = false,
    };

    public static (CsvTable? Table, IReadOnlyList<CsvProblem> Problems) Read(ReadOnlyMemory<byte> bytes, IReadOnlySet<string> known, IReadOnlyList<string> required)
    {
        if (bytes.Length > CsvLimits.MaxBytes)
        {
            return Refuse("TOO_LARGE", $"The file is larger than {CsvLimits.MaxBytes / (1024 * 1024)} MB.");
        }

        if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Refuse("WRONG_ENCODING", "The file is UTF-16: save it as \"CSV UTF-8\".");
        }

        bytes = bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        if (InvalidUtf8At(bytes.Span) is { } offset)
        {
            var line = bytes.Span[..offset].Count((byte)'\n') + 1;
            return Refuse("WRONG_ENCODING", $"Line {line} is not UTF-8 (the file may be Windows-1252 or Latin-1): save it as \"CSV UTF-8\".");
        }

        if (bytes.Span.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\r', (byte)'\n', (byte)'\t']).IsEmpty)
        {
            return Refuse("EMPTY", "The file is empty: it needs a header row and at least one row.");
        }

        using var reader = CsvReader.Create(bytes, Options);
        try
        {
            return ReadRows(reader, known, required);
        }
        catch (CsvFormatException e)
        {
            return (null, [new CsvProblem((int)(reader.RowNumber + 1), "", "MALFORMED", $"The quoting is broken near here: {e.Message}")]);
        }
    }

    private static (CsvTable?, IReadOnlyList<CsvProblem>) ReadRows(CsvReader reader, IReadOnlySet<string> known, IReadOnlyList<string> required)
    {
        var columns = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (columns.Count > CsvLimits.MaxColumns)
        {
            return Refuse("TOO_MANY_COLUMNS", $"The header has {columns.Count} columns; at most {CsvLimits.MaxColumns} are read.");
        }

        var problems = new List<CsvProblem>();
        problems.AddRange(columns.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => new CsvProblem(1, g.Key, "DUPLICATE_COLUMN", $"The column '{g.Key}' appears {g.Count()} times.")));
        problems.AddRange(columns.Distinct().Where(c => !known.Contains(c)).Select(c => new CsvProblem(1, c, "UNKNOWN_COLUMN", $"'{Shown(c)}' is not a column this import reads.")));
        problems.AddRange(required.Where(c => !columns.Contains(c)).Select(c => new CsvProblem(1, c, "MISSING_COLUMN", $"The header needs a '{c}' column.")));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var rows = new List<CsvRow>();
        while (reader.Read())
        {
            var number = (int)(reader.RowNumber + 1);
            if (rows.Count == CsvLimits.MaxRows)
            {
                return Refuse("TOO_MANY_ROWS", $"The file has more than {CsvLimits.MaxRows} rows: split it.");
            }

            if (reader.FieldCount != columns.Count)
            {
                problems.Add(new CsvProblem(number, "", "ROW_LENGTH", $"The row has {reader.FieldCount} cells; the header has {columns.Count}."));
                continue;
            }

            rows.Add(new CsvRow(number, columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => CsvCells.Restore(reader.GetString(x.i)), StringComparer.Ordinal)));
        }

        return rows.Count == 0 && problems.Count == 0 ? Refuse("EMPTY", "The file has a header but no rows.") : (problems.Count == 0 ? new CsvTable(columns, rows) : null, problems);
    }

    private static int? InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? null : read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static (CsvTable?, IReadOnlyList<CsvProblem>) Refuse(string code, string message) => (null, [new CsvProblem(0, "", code, message)]);
}
