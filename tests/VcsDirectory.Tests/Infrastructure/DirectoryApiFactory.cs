using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Tests.Infrastructure;

/// <summary>
/// The real app over a real database of its own (see <see cref="TestDatabase"/>: SQLite, or PostgreSQL when the
/// environment names a server), seeded with the Poole demo data at start-up exactly as <c>dotnet run</c> does;
/// SQL statements are counted.
/// </summary>
public class DirectoryApiFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;

    /// <summary>The connection string the server's contexts use (its pool's key in Npgsql), once it has started.</summary>
    private string? _serverConnectionString;

    public DirectoryApiFactory()
        : this(new TestDatabase(), ownsDatabase: true)
    {
    }

    private DirectoryApiFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    public SqlStatementCounter SqlStatements { get; } = new();

    /// <summary>Configuration the test sets before the server starts (e.g. <c>Seed:Enabled</c>); null leaves a setting out.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        builder.UseSetting("ConnectionStrings:Directory", Database.ConnectionString);
        // Jobs queued here wake this instance's worker at once; an idle instance polling the database every few seconds
        // would only add statements to the tests that count them. Tests of jobs across instances set their own.
        builder.UseSetting("Jobs:PollSeconds", "3600");
        // The warm-up would run every example query in every test server for seconds; WarmupTests turn it on.
        builder.UseSetting("Warmup:Enabled", "false");
        // Off in a deployment (it costs every query an execution context); on here, where a context used by two
        // operations at once must fail loudly. A test that names the setting (null: as a deployment leaves it) decides.
        if (!Settings.ContainsKey("Database:ThreadSafetyChecks"))
        {
            builder.UseSetting("Database:ThreadSafetyChecks", "true");
        }

        // A null value leaves the setting out (UseSetting would make it an empty string), as a deployment does.
        foreach (var (key, value) in TestTokens.Settings.Concat(Settings).Where(setting => setting.Value is not null))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlStatements));
    }

    /// <summary>Another API instance on the same database, as a deployment of several instances runs.</summary>
    public DirectoryApiFactory AnotherInstance() => new(Database, ownsDatabase: false);

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        using var scope = host.Services.CreateScope();
        _serverConnectionString = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Database.GetConnectionString();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            // The server's idle sessions closed before its database is dropped: its pool only, never every pool in the
            // process (tests running in parallel hold theirs; see TestDatabase.Dispose).
            if (TestDatabase.IsPostgres && _serverConnectionString is not null)
            {
                using var connection = new NpgsqlConnection(_serverConnectionString);
                NpgsqlConnection.ClearPool(connection);
            }

            Database.Dispose();
        }
    }
}
