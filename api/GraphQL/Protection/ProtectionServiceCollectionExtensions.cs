using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using VcsDirectory.Api.Access;

namespace VcsDirectory.Api.GraphQL.Protection;

public static class ProtectionServiceCollectionExtensions
{
    /// <summary>Request limits, per-client rate limits and CORS for front-end dev servers, all from configuration.</summary>
    public static IServiceCollection AddDirectoryProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RequestLimits.Section).Get<RequestLimits>() ?? new RequestLimits();
        limits.Validate();
        services.AddSingleton(limits);

        var rates = configuration.GetSection(RateLimits.Section).Get<RateLimits>() ?? new RateLimits();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
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
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(
            $$$"""{"errors":[{"message":"Too many requests: try again in {{{retryAfter}}} s.","extensions":{"code":"RATE_LIMITED","retryAfterSeconds":{{{retryAfter}}}}}]}""",
            cancellationToken);
    }
}
