using VcsDirectory.LoadHost;

[assembly: HostingStartup(typeof(BaselineHostingStartup))]

namespace VcsDirectory.LoadHost;

/// <summary>
/// Adds <see cref="DirectoryPageBaseline"/> behind the API's whole pipeline: requests the API leaves unanswered reach it,
/// so the baseline pays for the same middleware (compression, CORS, authentication, rate limiting, routing) as /graphql.
/// </summary>
public sealed class BaselineHostingStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, BaselineStartupFilter>());

    private sealed class BaselineStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(http =>
            {
                if (http.Request.Path == DirectoryPageBaseline.Path)
                {
                    return DirectoryPageBaseline.WriteAsync(http);
                }

                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        };
    }
}
