using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Tests.Infrastructure;

/// <summary>
/// The engine the suite runs on: SQLite (a temp file per server) unless VCSDIRECTORY_TEST_POSTGRES names a
/// PostgreSQL server, when each server gets a fresh database there, dropped afterwards.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "VCSDIRECTORY_TEST_POSTGRES";

    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"vcsdirectory-test-{Guid.NewGuid():N}.db");
    private readonly string _postgresDatabase = $"vcsdirectory_test_{Guid.NewGuid():N}";

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool IsPostgres => PostgresServer is not null;

    public static string Provider => IsPostgres ? "Postgres" : "Sqlite";

    public string ConnectionString => IsPostgres
        ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ConnectionString
        : $"Data Source={_sqlitePath}";

    /// <summary>A context over this database as the API would configure it, outside any server (for migration and SQL-level tests).</summary>
    public DirectoryDbContext CreateContext() => CreateContext(Provider, ConnectionString);

    /// <summary>A context as the API configures it for <paramref name="provider"/>; nothing is opened until it is asked for data.</summary>
    public static DirectoryDbContext CreateContext(string provider, string connectionString) =>
        new ServiceCollection().AddDirectoryData(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider, ["ConnectionStrings:Directory"] = connectionString })
                .Build())
            .BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<DirectoryDbContext>();

    public void Dispose()
    {
        if (IsPostgres)
        {
            // Never NpgsqlConnection.ClearAllPools() here: test classes run in parallel, and clearing every pool in the
            // process closes other tests' pooled sessions under them (a test holding one session, as PostgresSessionTests
            // does, then finds another backend). FORCE ends whatever sessions this database still has; the server's own
            // pool is cleared by its factory (DirectoryApiFactory) before this.
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_sqlitePath + suffix);
        }
    }
}
