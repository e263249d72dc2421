using System.Diagnostics;
using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VcsDirectory.Tests.GraphQL.Http;

/// <summary>
/// The public graphql-http audit suite (npm), run by Node.js against the real server on a loopback port.
/// Needs Node.js and <c>npm ci --prefix tests/audit</c>; where they are missing it says so, and under CI
/// (CI=true) that is a failure, not a skip.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string AuditFolder = Path.Combine(RepositoryPaths.Root, "tests", "audit");
    private readonly DirectoryApiFactory _factory = new();

    [SkippableFact]
    public async Task The_endpoint_passes_every_MUST_and_SHOULD_of_the_graphql_http_audit()
    {
        var ready = File.Exists(Path.Combine(AuditFolder, "node_modules", "graphql-http", "package.json"));
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.False(!ready && inCi, "The audit must run in CI: install it with `npm ci --prefix tests/audit`.");
        Skip.IfNot(ready, "The graphql-http audit needs Node.js and `npm ci --prefix tests/audit`.");

        _factory.UseKestrel(0);
        _factory.StartServer();
        var url = new Uri(_factory.ClientOptions.BaseAddress, "/graphql");

        var counts = await RunAuditAsync(url);

        output.WriteLine($"graphql-http audit: {counts.ToJsonString()}");
        Assert.Equal(0, counts["error"]!.GetValue<int>());
        Assert.Equal(0, counts["warn"]!.GetValue<int>());
        Assert.True(counts["ok"]!.GetValue<int>() >= 50, counts.ToJsonString());
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<JsonNode> RunAuditAsync(Uri url)
    {
        var start = new ProcessStartInfo("node", ["audit.mjs", url.ToString()])
        {
            WorkingDirectory = AuditFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"The audit script failed: {stderr}");
        return JsonNode.Parse(stdout.Trim().Split('\n')[^1])!;
    }
}
