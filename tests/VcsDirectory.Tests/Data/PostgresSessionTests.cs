using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Data;

/// <summary>
/// The pooled PostgreSQL connection is handed back without a reset and keeps its statements prepared
/// (<see cref="PostgresConnectionDefaults"/>): nothing one request does reaches the next. A pool of one connection
/// makes every request use the same session.
/// </summary>
public sealed class PostgresSessionTests : IDisposable
{
    private const string Page = "{ organisations(first: 20) { nodes { id name wards { nodes { name } } } } }";
    private readonly DirectoryApiFactory _factory = new();

    public PostgresSessionTests()
    {
        _factory.Settings["ConnectionStrings:Directory"] = TestDatabase.IsPostgres
            ? new NpgsqlConnectionStringBuilder(_factory.Database.ConnectionString) { MaxPoolSize = 1 }.ConnectionString
            : _factory.Database.ConnectionString;
    }

    [SkippableFact]
    public async Task Repeated_statements_stay_prepared_on_the_pooled_session()
    {
        Skip.IfNot(TestDatabase.IsPostgres, "PostgreSQL only.");
        var client = _factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.QueryDataAsync(Page);
        }

        var (pid, prepared) = await InSessionAsync(async db => (await PidAsync(db), await ScalarAsync(db, "SELECT count(*)::int FROM pg_prepared_statements")));
        var (samePid, _) = await InSessionAsync(async db => (await PidAsync(db), 0));

        Assert.Equal(pid, samePid);
        Assert.True(prepared > 0, "No statement of the page was prepared.");
    }

    [SkippableFact]
    public async Task A_transaction_left_open_is_rolled_back_and_its_settings_do_not_reach_the_next_request()
    {
        Skip.IfNot(TestDatabase.IsPostgres, "PostgreSQL only.");
        _factory.CreateClient();
        var abandoned = await InSessionAsync(async db =>
        {
            await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("SET LOCAL application_name = 'abandoned'");
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Organisations\" SET \"Description\" = 'never committed' WHERE \"Id\" = 1");
            return await PidAsync(db);
        });

        var (pid, idle, application, changed) = await InSessionAsync(async db => (
            await PidAsync(db),
            await ScalarAsync(db, "SELECT count(*)::int FROM pg_stat_activity WHERE pid = pg_backend_pid() AND xact_start IS NOT NULL AND state = 'idle in transaction'"),
            await TextAsync(db, "SELECT current_setting('application_name')"),
            await ScalarAsync(db, "SELECT count(*)::int FROM \"Organisations\" WHERE \"Description\" = 'never committed'")));

        // The premise: the next request is served by the very session that was abandoned (a fresh one would prove
        // nothing). Nothing may close it in between: no other test clears this process's pools (TestDatabase.Dispose).
        Assert.Equal(abandoned, pid);
        Assert.Equal(0, idle);
        Assert.NotEqual("abandoned", application);
        Assert.Equal(0, changed);
        Assert.NotNull((await _factory.CreateClient().QueryDataAsync(Page))["organisations"]);
    }

    [SkippableFact]
    public async Task A_migration_that_adds_a_column_leaves_the_prepared_statements_working()
    {
        Skip.IfNot(TestDatabase.IsPostgres, "PostgreSQL only.");
        var client = _factory.CreateClient();
        var before = (await client.QueryDataAsync(Page)).ToJsonString();
        await client.QueryDataAsync(Page);

        await using (var other = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_factory.Database.ConnectionString) { Pooling = false }.ConnectionString))
        {
            await other.OpenAsync();
            await using var alter = new NpgsqlCommand("ALTER TABLE \"Organisations\" ADD COLUMN \"AddedLater\" text; ALTER TABLE \"Wards\" ADD COLUMN \"AddedLater\" int", other);
            await alter.ExecuteNonQueryAsync();
        }

        Assert.Equal(before, (await client.QueryDataAsync(Page)).ToJsonString());
    }

    public void Dispose() => _factory.Dispose();

    private async Task<T> InSessionAsync<T>(Func<DirectoryDbContext, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            return await work(db);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static Task<int> PidAsync(DirectoryDbContext db) => ScalarAsync(db, "SELECT pg_backend_pid()");

    private static Task<int> ScalarAsync(DirectoryDbContext db, string sql) => ReadAsync<int>(db, sql);

    private static Task<string> TextAsync(DirectoryDbContext db, string sql) => ReadAsync<string>(db, sql);

    private static async Task<T> ReadAsync<T>(DirectoryDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
