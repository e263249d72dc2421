using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace VcsDirectory.Tests.Infrastructure;

/// <summary>
/// The real app over a real SQLite file of its own (a temp file per factory), seeded with the Poole
/// demo data at start-up exactly as <c>dotnet run</c> does; SQL statements are counted.
/// </summary>
public class DirectoryApiFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"vcsdirectory-test-{Guid.NewGuid():N}.db");

    public SqlStatementCounter SqlStatements { get; } = new();

    public string DatabasePath => _databasePath;

    /// <summary>Configuration the test sets before the server starts (e.g. <c>Seed:Enabled</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Directory", $"Data Source={_databasePath}");
        foreach (var (key, value) in TestTokens.Settings.Concat(Settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlStatements));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
