using VcsDirectory.LoadHost;

[assembly: HostingStartup(typeof(BaselineHostingStartup))]

namespace VcsDirectory.LoadHost;

/// <summary>
/// Adds <see cref="DirectoryPageBaseline"/> behind the API's whole pipeline: requests the API leaves unanswered reach it,
/// so the baseline pays for the same middleware (compression, CORS, authentication, rate limiting, routing) as /graphql.
/// </summary>
public sealed class BaselineHostingStartup : IHostingStartup
{
    public const string JitPath = "/baseline/jit";

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

                // How much the runtime has JIT-compiled so far: the load script prints it at the first answer and after
                // each warm-up round, which tells compilation (what ReadyToRun and tiering change) from the rest.
                if (http.Request.Path == JitPath)
                {
                    return http.Response.WriteAsync(
                        $"{System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
                }

                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        };
    }
}
