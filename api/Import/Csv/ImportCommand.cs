using System.CommandLine;
using VcsDirectory.Api.Access;

namespace VcsDirectory.Api.Import.Csv;

/// <summary>
/// <c>dotnet run --project api -- import organisations FILE.csv [--dry-run]</c>: the spreadsheet import of
/// <c>POST /imports/organisations</c> from a shell, against the configured database (environment variables such as
/// <c>Database__Provider</c> and <c>ConnectionStrings__Directory</c> choose it), migrated first as the server does.
/// </summary>
/// <remarks>Whoever can run the API's binary against its database is an operator: the import runs with CVS staff's rights, audited as <c>cli</c>.</remarks>
public static class ImportCommand
{
    public static readonly DirectoryCaller Operator = new("cli", IsAuthenticated: true, IsCvsStaff: true, new HashSet<int>(), new HashSet<int>());

    /// <summary>Whether the arguments are this command's rather than the web server's settings.</summary>
    public static bool Handles(IReadOnlyList<string> args) => args is ["import", ..];

    public static Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output)
    {
        var file = new Argument<FileInfo>("file") { Description = "The spreadsheet: CSV in UTF-8, with the columns the README lists." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and say what would change, without writing anything." };
        var organisations = new Command("organisations", "Creates or updates organisations from a spreadsheet, all or nothing.") { file, dryRun };
        organisations.SetAction((parse, cancellationToken) => ImportAsync(services, parse.GetValue(file)!, parse.GetValue(dryRun), output, cancellationToken));
        var import = new Command("import", "Imports records into the directory.") { organisations };
        return new RootCommand("The VCS directory's commands.") { import }.Parse(args).InvokeAsync();
    }

    private static async Task<int> ImportAsync(IServiceProvider services, FileInfo file, bool dryRun, TextWriter output, CancellationToken cancellationToken)
    {
        if (!file.Exists || file.Length > CsvLimits.MaxBytes)
        {
            await output.WriteLineAsync(file.Exists ? $"{file.Name} is larger than {CsvLimits.MaxBytes / (1024 * 1024)} MB." : $"{file.FullName} does not exist.");
            return 1;
        }

        var (table, problems) = CsvTableReader.Read(await File.ReadAllBytesAsync(file.FullName, cancellationToken), OrganisationColumns.Importable, [OrganisationColumns.Name]);
        await using var scope = services.CreateAsyncScope();
        var report = table is null
            ? CsvImportReport.Refused(dryRun, problems)
            : await scope.ServiceProvider.GetRequiredService<OrganisationCsvImporter>().ImportAsync(Operator, table, dryRun, cancellationToken);
        foreach (var p in report.Problems)
        {
            await output.WriteLineAsync($"row {p.Row}{(p.Column.Length > 0 ? $", {p.Column}" : "")}: {p.Code}: {p.Message}");
        }

        await output.WriteLineAsync(report.Problems.Count > 0
            ? $"Nothing written: {report.Problems.Count} problem(s)."
            : $"{(dryRun ? "Dry run, nothing written: would create" : "Created")} {report.Created}, updated {report.Updated}, unchanged {report.Unchanged}.");
        return report.Problems.Count > 0 ? 1 : 0;
    }
}
