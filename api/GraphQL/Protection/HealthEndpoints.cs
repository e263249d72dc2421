using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Http;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// For a load balancer: <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database is reachable,
/// every migration applied, and the warm-up over: <see cref="Warmup"/>, Degraded and 503 until then). Public, never
/// rate-limited, and they say nothing beyond Healthy, Degraded or Unhealthy.
/// </summary>
public static class HealthEndpoints
{
    public const string Root = "/health";
    private const string Ready = "ready";

    public static IServiceCollection AddDirectoryHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var warmup = configuration.GetSection(WarmupOptions.SectionName).Get<WarmupOptions>() ?? new WarmupOptions();
        warmup.Validate();
        services.AddSingleton(Options.Create(warmup));
        services.AddSingleton<Warmup>();
        services.AddHealthChecks().AddDbContextCheck<DirectoryDbContext>(
            "database",
            tags: [Ready],
            customTestQuery: async (db, cancellationToken) =>
                await db.Database.CanConnectAsync(cancellationToken) && await MigrationState.IsUpToDateAsync(db.Database, cancellationToken))
            .AddCheck<Warmup>("warm-up", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapDirectoryHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Root + "/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(Root + "/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            // Degraded is the warm-up (serving, not yet at speed): a balancer holds traffic back until it is over.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }
}
