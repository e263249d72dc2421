namespace VcsDirectory.LoadHost;

/// <summary>
/// The API exactly as it ships, plus the load test's yardstick at <c>/baseline/organisations</c>: the yardstick stays
/// out of the production assembly, and comes in as an ASP.NET Core hosting startup of this assembly.
/// </summary>
public static class LoadHostEntry
{
    public static async Task<int> Main(string[] args)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_HOSTINGSTARTUPASSEMBLIES", typeof(LoadHostEntry).Assembly.GetName().Name);
        var api = typeof(global::Program).Assembly.EntryPoint
            ?? throw new InvalidOperationException("The API assembly has no entry point.");
        var run = api.Invoke(null, [args]);
        if (run is Task task)
        {
            await task;
        }

        return Environment.ExitCode;
    }
}
