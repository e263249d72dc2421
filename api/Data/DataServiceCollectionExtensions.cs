using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VcsDirectory.Api.Import;

namespace VcsDirectory.Api.Data;

public static class DataServiceCollectionExtensions
{
    public const string DefaultConnectionString = "Data Source=vcsdirectory.db";

    /// <summary>
    /// The directory's database: <c>Database:Provider</c> = Sqlite (default) or Postgres, with the connection string
    /// <c>ConnectionStrings:Directory</c> (SQLite default: <c>vcsdirectory.db</c> in the working folder).
    /// </summary>
    public static IServiceCollection AddDirectoryData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString("Directory");
        if (connectionString is { Length: 0 } || (provider == DatabaseProvider.Postgres && connectionString is null))
        {
            throw new InvalidOperationException($"ConnectionStrings:Directory must be set for Database:Provider {provider}.");
        }

        var statementTimeout = ReadStatementTimeout(configuration);
        var threadSafetyChecks = configuration.GetValue("Database:ThreadSafetyChecks", false);
        if (provider == DatabaseProvider.Postgres)
        {
            // The server's own limit, a startup option rather than a SET (it survives the pool's hand-back): a statement
            // still running after it is cancelled by PostgreSQL itself (SQLSTATE 57014).
            var withTimeout = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString!));
            withTimeout.Options = $"{withTimeout.Options} -c statement_timeout={(int)statementTimeout.TotalMilliseconds}".Trim();
            services.AddDbContext<PostgresDirectoryDbContext>(
                (services, options) => Configure(options.UseNpgsql(withTimeout.ConnectionString), services, threadSafetyChecks),
                optionsLifetime: ServiceLifetime.Singleton);
            services.AddScoped<DirectoryDbContext>(s => s.GetRequiredService<PostgresDirectoryDbContext>());
        }
        else
        {
            var interrupt = new SqliteInterrupt(statementTimeout);
            services.AddDbContext<SqliteDirectoryDbContext>(
                (services, options) => Configure(options.UseSqlite(connectionString ?? DefaultConnectionString).AddInterceptors(interrupt), services, threadSafetyChecks),
                optionsLifetime: ServiceLifetime.Singleton);
            services.AddScoped<DirectoryDbContext>(s => s.GetRequiredService<SqliteDirectoryDbContext>());
        }

        services.AddScoped<DatasetImporter>();
        services.AddSingleton<ReferenceListSizes>();
        services.AddSingleton<IDatabaseReadyCheck>(s => s.GetRequiredService<ReferenceListSizes>());
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section));
        return services;
    }

    /// <summary>
    /// <c>Database:StatementTimeoutSeconds</c> (default 30): no statement runs longer, on either engine, whether or not its
    /// request is still waiting; a request's own timeout or a client going away stops its statements sooner.
    /// </summary>
    private static TimeSpan ReadStatementTimeout(IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Database:StatementTimeoutSeconds", 30);
        return seconds >= 1
            ? TimeSpan.FromSeconds(seconds)
            : throw new InvalidOperationException($"Database:StatementTimeoutSeconds must be at least 1 (got {seconds}).");
    }

    private static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var text = configuration["Database:Provider"];
        if (text is null)
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{text}' is not one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    /// <remarks>
    /// The options are built once (a singleton), not for every request's context: built per scope, each request paid
    /// for a new options builder, its extensions and EF Core's warning table. EF Core's thread-safety checks are off
    /// unless <c>Database:ThreadSafetyChecks</c> is true (the test suite sets it): a request's context is used by one
    /// operation at a time (the execution strategy is serial), and the check set an <c>AsyncLocal</c> on entering and
    /// leaving every query, 16% of the directory page's allocations (a new execution context each time).
    /// </remarks>
    private static void Configure(DbContextOptionsBuilder options, IServiceProvider services, bool threadSafetyChecks) => options
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .EnableThreadSafetyChecks(threadSafetyChecks)
        // Whatever interceptors the host registers (tests count SQL statements through one).
        .AddInterceptors(services.GetServices<IInterceptor>());
}
