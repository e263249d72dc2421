using Microsoft.AspNetCore.HttpOverrides;

namespace VcsDirectory.Api.GraphQL.Protection;

public static class ForwardedHeadersExtensions
{
    /// <summary>ASP.NET Core's forwarded headers from <see cref="ForwardedHeadersSettings"/>, checked at start-up.</summary>
    public static IServiceCollection AddDirectoryForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        var (proxies, networks) = settings.Parse();
        services.AddSingleton(settings);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Length > 0 || networks.Length > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var proxy in proxies)
                {
                    options.KnownProxies.Add(proxy);
                }

                foreach (var network in networks)
                {
                    options.KnownIPNetworks.Add(network);
                }
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, when enabled: everything after it sees the client's address.</summary>
    public static IApplicationBuilder UseDirectoryForwardedHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ForwardedHeadersSettings>().Enabled ? app.UseForwardedHeaders() : app;
}
