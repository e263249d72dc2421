using System.Text.RegularExpressions;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Architecture;

/// <summary>
/// What is kept by data version (snapshots, map layers, exports and their ETags) trusts that every write moves it. An
/// EF save does (<c>DirectoryDbContext.SaveChangesAsync</c>); a bulk or raw write (ExecuteUpdate, ExecuteDelete,
/// ExecuteSql…) would not, so the API makes none but the bump itself and the job store, which writes only jobs: not
/// directory data (<c>IOutsideDataVersion</c>), and claimed with conditional updates so two instances never run one job;
/// and the planner statistics refreshed after a seed (ANALYZE, no data).
/// </summary>
public sealed partial class WritesMoveTheDataVersionTests
{
    [Fact]
    public void No_code_of_the_API_writes_past_a_save_except_the_data_version_bump_and_the_job_store()
    {
        var api = Path.Combine(RepositoryPaths.Root, "api");
        string[] skipped = ["Migrations", "bin", "obj", "node_modules"];
        var offenders = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(api, file).Split(Path.DirectorySeparatorChar).Intersect(skipped).Any())
            .Where(file => Path.GetFileName(file) is not ("DataVersionBump.cs" or "JobStore.cs" or "DatabaseStatistics.cs"))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: file, Line: line, Number: i + 1)))
            .Where(at => BypassingWrite().IsMatch(at.Line))
            .Select(at => $"{Path.GetRelativePath(api, at.File)}:{at.Number}: {at.Line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\b(ExecuteUpdate|ExecuteDelete|ExecuteSql|ExecuteNonQuery|BeginBinaryImport)\w*\s*\(")]
    private static partial Regex BypassingWrite();
}
