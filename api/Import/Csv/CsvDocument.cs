using CsvHelper;

namespace VcsDirectory.Api.Import.Csv;

/// <summary>Writes an export: RFC 4180, UTF-8 with a byte order mark (so Excel reads accents), text that would run as a formula neutralised.</summary>
public static class CsvDocument
{
    public const string MediaType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        TrueValue = "yes",
        FalseValue = "no",
    };

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            writer.WriteRecord([.. header]);
            foreach (var row in rows)
            {
                writer.WriteRecord(row.Select(cell => cell ?? "").ToArray());
            }
        }

        return stream.ToArray();
    }
}
