using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using VcsDirectory.Tests.Infrastructure;
using VcsDirectory.Tests.Organisations.Editing;

namespace VcsDirectory.Tests.Data;

/// <summary>
/// Nothing acknowledged is lost: the real API, as a process, is killed with SIGKILL in the middle of a burst of
/// edits and started again on the same database (SQLite file, or a PostgreSQL database with VCSDIRECTORY_TEST_POSTGRES).
/// Every edit it answered is there with its audit entry, and an edit it never answered is either wholly there
/// (with its audit entry) or not at all.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const string Actor = "crash-writer";
    private const int Acknowledgements = 40;
    private static readonly int[] Organisations = [31, 32, 33, 34, 35, 36];

    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Every_edit_acknowledged_before_a_SIGKILL_is_there_with_its_audit_entry_after_a_restart()
    {
        var burst = new ProfileEditBurst(Organisations, Actor);
        using (var crashed = await ApiProcess.StartAsync(_database))
        {
            await burst.RunUntilAcknowledgedAsync(crashed, Acknowledgements, crashed.Kill);
        }

        AssertSqliteFileIsIntact();
        using var restarted = await ApiProcess.StartAsync(_database);
        using var staff = restarted.CreateClient().WithToken(TestTokens.CvsStaff("crash-reader"));
        var found = 0;
        var unacknowledgedButKept = 0;
        foreach (var organisation in Organisations)
        {
            var acknowledged = burst.Acknowledged.Where(a => a.Organisation == organisation).OrderBy(a => a.Version).ToList();
            var state = (await staff.QueryDataAsync("query($id: ID!) { organisation(id: $id) { version description } }", new { id = OrganisationState.Id(organisation) }))["organisation"]!;
            var trail = (await staff.QueryDataAsync(
                "query($actor: String!, $id: Int!) { auditTrail(first: 100, where: { actor: { eq: $actor }, entityType: { eq: \"Organisation\" }, entityDatabaseId: { eq: $id } }) { nodes { action changes } } }",
                new { actor = Actor, id = organisation }))["auditTrail"]!["nodes"]!.AsArray().Select(n => n!["changes"]!.GetValue<string>()).ToList();
            var version = state["version"]!.GetValue<int>();
            var edits = version - burst.StartVersions[organisation];

            found += acknowledged.Count(a => trail.Any(changes => changes.Contains(a.Description, StringComparison.Ordinal)));
            Assert.All(acknowledged, a => Assert.Contains(trail, changes => changes.Contains(a.Description, StringComparison.Ordinal)));
            Assert.True(edits == trail.Count, $"Organisation {organisation}: {edits} edits saved but {trail.Count} audit entries.");
            Assert.InRange(edits - acknowledged.Count, 0, 1); // at most the one edit in flight when the process died
            if (edits == acknowledged.Count && acknowledged.Count > 0)
            {
                Assert.Equal(acknowledged[^1].Description, state["description"]!.GetValue<string>());
            }

            unacknowledgedButKept += edits - acknowledged.Count;
        }

        output.WriteLine($"{TestDatabase.Provider}: acknowledged {burst.Acknowledged.Count}, found {found}, lost {burst.Acknowledged.Count - found}; cut off in flight {burst.CutOff}, of which kept whole: {unacknowledgedButKept}.");
        Assert.True(burst.Acknowledged.Count >= Acknowledgements, $"Only {burst.Acknowledged.Count} edits were acknowledged before the kill.");
        Assert.Equal(burst.Acknowledged.Count, found);
    }

    public void Dispose() => _database.Dispose();

    /// <summary>
    /// The file as the killed process left it: SQLite's own consistency check, and the journal mode the README
    /// documents (write-ahead log, set by EF Core when it creates the file), which makes the last commits survive.
    /// </summary>
    private void AssertSqliteFileIsIntact()
    {
        if (TestDatabase.IsPostgres)
        {
            return;
        }

        using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            connection.Open();
            Assert.Equal("ok", Pragma(connection, "integrity_check"));
            Assert.Equal("wal", Pragma(connection, "journal_mode"));
            output.WriteLine($"SQLite after the kill: integrity_check ok, journal_mode wal, synchronous {Pragma(connection, "synchronous")} on a connection opened as the API opens it.");
        }

        SqliteConnection.ClearAllPools();
    }

    private static string Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
