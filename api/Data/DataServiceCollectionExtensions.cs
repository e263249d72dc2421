using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VcsDirectory.Api.Import;

namespace VcsDirectory.Api.Data;

public static class DataServiceCollectionExtensions
{
    public const string DefaultConnectionString = "Data Source=vcsdirectory.db";

    /// <summary>The directory's database: SQLite from <c>ConnectionStrings:Directory</c> (default: <c>vcsdirectory.db</c> in the working folder).</summary>
    public static IServiceCollection AddDirectoryData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Directory");
        if (connectionString is { Length: 0 })
        {
            throw new InvalidOperationException("ConnectionStrings:Directory is set but empty.");
        }

        services.AddDbContext<DirectoryDbContext>((provider, options) => options
            .UseSqlite(connectionString ?? DefaultConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            // Whatever interceptors the host registers (tests count SQL statements through one).
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddScoped<DatasetImporter>();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section));
        return services;
    }
}
