using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL.Http;

namespace VcsDirectory.Api.GraphQL.Protection;

public static class ProtectionServiceCollectionExtensions
{
    /// <summary>Request limits, per-client rate limits and CORS for front-end dev servers, all from configuration.</summary>
    public static IServiceCollection AddDirectoryProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RequestLimits.Section).Get<RequestLimits>() ?? new RequestLimits();
        limits.Validate();
        services.AddSingleton(limits);
        services.AddScoped<Computations.Memo>();

        var rates = configuration.GetSection(RateLimits.Section).Get<RateLimits>() ?? new RateLimits();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                // A load balancer's health probes must never be refused, nor use up a client's permits.
                if (http.Request.Path.StartsWithSegments(HealthEndpoints.Root))
                {
                    return RateLimitPartition.GetNoLimiter("health");
                }

                var caller = DirectoryCaller.From(http.User);
                var (key, permits) = !caller.IsAuthenticated
                    ? ("address:" + http.Connection.RemoteIpAddress, rates.AnonymousPerWindow)
                    : ("subject:" + caller.Actor, rates.AuthenticatedPerWindow);
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromSeconds(rates.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = RejectAsync;
        });

        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "Accept", "Authorization")));
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
        context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await RefusalResponse.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "RATE_LIMITED", $"Too many requests: try again in {retryAfter} s.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = retryAfter }, cancellationToken);
    }
}
