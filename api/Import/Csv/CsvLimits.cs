namespace VcsDirectory.Api.Import.Csv;

/// <summary>What a spreadsheet import accepts, so a hostile or mistaken file is refused before it costs memory or time.</summary>
/// <remarks>
/// 10 MB holds the borough's few hundred organisations many times over (10,000 rows of the export are about 4 MB);
/// 20,000 rows and 64 columns likewise. A larger file is refused whole, with the limit named, before it is parsed.
/// </remarks>
public static class CsvLimits
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public const int MaxRows = 20_000;

    public const int MaxColumns = 64;
}
