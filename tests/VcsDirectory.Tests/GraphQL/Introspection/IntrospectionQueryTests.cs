using System.Diagnostics;
using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Introspection;

/// <summary>
/// graphql-js's own introspection query (what code generators and clients send), run by Node.js against the real server,
/// and its answer built into a client schema. Needs <c>npm ci --prefix tests/audit</c>, like the HTTP audit.
/// </summary>
public sealed class IntrospectionQueryTests : IDisposable
{
    private static readonly string AuditFolder = Path.Combine(RepositoryPaths.Root, "tests", "audit");
    private readonly DirectoryApiFactory _factory = new();

    /// <remarks>
    /// Every option, including the two GraphQL.NET 8 does not answer itself (<c>__Type.specifiedByURL</c> and
    /// <c>includeDeprecated</c> on <c>__Directive.args</c>, see <c>CurrentIntrospectionVisitor</c>).
    /// </remarks>
    [SkippableFact]
    public async Task A_client_builds_the_schema_from_graphql_js_introspection_with_every_option()
    {
        var counts = await RunAsync("all");

        Assert.Equal(200, counts["status"]!.GetValue<int>());
        Assert.Empty(counts["errors"]!.AsArray());
        Assert.Null(counts["buildError"]);
        Assert.True(counts["types"]!.GetValue<int>() > 50, counts.ToJsonString());
    }

    public void Dispose() => _factory.Dispose();

    private async Task<JsonNode> RunAsync(string options)
    {
        var ready = File.Exists(Path.Combine(AuditFolder, "node_modules", "graphql", "package.json"));
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.False(!ready && inCi, "Install graphql-js with `npm ci --prefix tests/audit`.");
        Skip.IfNot(ready, "This test needs Node.js and `npm ci --prefix tests/audit`.");

        _factory.UseKestrel(0);
        _factory.StartServer();
        var start = new ProcessStartInfo("node", ["introspection.mjs", new Uri(_factory.ClientOptions.BaseAddress, "/graphql").ToString(), options])
        {
            WorkingDirectory = AuditFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var stdout = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"The introspection script failed: {stderr}");
        return JsonNode.Parse(stdout.Trim().Split('\n')[^1])!;
    }
}
