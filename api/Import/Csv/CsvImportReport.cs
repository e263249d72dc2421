namespace VcsDirectory.Api.Import.Csv;

/// <summary>What an import did, or would do on a dry run: nothing at all when there is any problem.</summary>
public sealed record CsvImportReport(bool DryRun, bool Written, int Created, int Updated, int Unchanged, IReadOnlyList<CsvProblem> Problems)
{
    public static CsvImportReport Refused(bool dryRun, IReadOnlyList<CsvProblem> problems) => new(dryRun, false, 0, 0, 0, problems);
}
