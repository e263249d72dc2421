using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// For a load balancer: <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database is reachable
/// and every migration applied). Public, never rate-limited, and they say nothing beyond Healthy/Unhealthy.
/// </summary>
public static class HealthEndpoints
{
    public const string Root = "/health";
    private const string Ready = "ready";

    public static IServiceCollection AddDirectoryHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<DirectoryDbContext>(
            "database",
            tags: [Ready],
            customTestQuery: async (db, cancellationToken) =>
                await db.Database.CanConnectAsync(cancellationToken) && await MigrationState.IsUpToDateAsync(db.Database, cancellationToken));
        return services;
    }

    public static IEndpointRouteBuilder MapDirectoryHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Root + "/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(Root + "/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return endpoints;
    }
}
