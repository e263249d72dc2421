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

        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresDirectoryDbContext>((services, options) => Configure(options.UseNpgsql(PostgresConnectionDefaults.Apply(connectionString!)), services));
            services.AddScoped<DirectoryDbContext>(s => s.GetRequiredService<PostgresDirectoryDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteDirectoryDbContext>((services, options) => Configure(options.UseSqlite(connectionString ?? DefaultConnectionString), services));
            services.AddScoped<DirectoryDbContext>(s => s.GetRequiredService<SqliteDirectoryDbContext>());
        }

        services.AddScoped<DatasetImporter>();
        services.AddSingleton<ReferenceListSizes>();
        services.AddSingleton<IDatabaseReadyCheck>(s => s.GetRequiredService<ReferenceListSizes>());
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section));
        return services;
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

    private static void Configure(DbContextOptionsBuilder options, IServiceProvider services) => options
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        // Whatever interceptors the host registers (tests count SQL statements through one).
        .AddInterceptors(services.GetServices<IInterceptor>());
}
