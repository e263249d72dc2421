using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Pages;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Http;

/// <summary>
/// The warm-up (README, "Start and warm-up"): once listening, the instance runs the example queries until the JIT has
/// settled, and says it is ready only then; it answers meanwhile, writes nothing, and gives way to real traffic.
/// </summary>
public sealed class WarmupTests : IDisposable
{
    private readonly DirectoryApiFactory _factory = new();
    private readonly CapturedLogs _logs = new();
    private WebApplicationFactory<Program>? _server;

    [Fact]
    public async Task Readiness_waits_for_the_warm_up_while_the_API_answers_and_a_request_from_outside_ends_it()
    {
        // Rounds enough that only traffic can end it within the test.
        var client = Start(new() { ["Warmup:MinRounds"] = "1000000", ["Warmup:MaxSeconds"] = "600" });

        using var live = await client.GetAsync("/health/live");
        using var warming = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, warming.StatusCode);
        Assert.Equal("Degraded", await warming.Content.ReadAsStringAsync());

        var beforeTraffic = _logs.Lines.Count;
        Assert.Equal("Query", (await client.QueryDataAsync("{ __typename }"))["__typename"]!.GetValue<string>());

        await WaitUntilReadyAsync(client);
        Assert.Contains(_logs.Lines, l => l.Contains("Warmed up in", StringComparison.Ordinal) && l.Contains("requests arrived before it ended", StringComparison.Ordinal));

        // Its queries stopped midway are neither left out as if they had failed nor logged as errors.
        Assert.DoesNotContain(_logs.Lines.Skip(beforeTraffic), l => l.Contains("leaves out", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_warm_up_runs_every_example_query_but_those_left_out_without_an_error_writes_nothing_and_then_the_instance_is_ready()
    {
        var client = Start(new() { ["Warmup:MaxSeconds"] = "10", ["Warmup:QuietSeconds"] = "0.5", ["Warmup:MinRounds"] = "2", ["Warmup:LeaveOut:0"] = "ConsortiumOptions" });
        var before = await WrittenAsync();

        await WaitUntilReadyAsync(client);

        var queries = Directory.GetFiles(RepositoryPaths.Operations, "*.graphql")
            .Count(path => !Regex.IsMatch(File.ReadAllText(path), @"^\s*mutation\b", RegexOptions.Multiline));
        Assert.True(queries > 10, $"only {queries} example queries");
        var line = Assert.Single(_logs.Lines, l => l.Contains("Warmed up in", StringComparison.Ordinal));
        Assert.Contains($" {queries - 1} example queries (1 not run, Warmup:LeaveOut), round(s) run: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("leaves out", StringComparison.Ordinal));
        Assert.Equal(before, await WrittenAsync());
    }

    [Fact]
    public async Task Only_queries_needing_no_variables_are_run_and_one_answered_with_errors_is_left_out()
    {
        ExampleOperations examples = new(
        [
            new("Typename", "query Typename { __typename }"),
            new("NoSuchNode", """query NoSuchNode { node(id: "bm90IGFuIGlk") { id } organisation(id: "bad") { name } }"""),
            new("NeedsVariable", "query NeedsVariable($id: ID!) { node(id: $id) { id } }"),
            new("Writes", """mutation Writes { recordIdentifiedNeeds(input: { needs: [] }) { userErrors { code } } }"""),
            new("Broken", "query Broken {"),
        ]);
        var client = Start(new() { ["Warmup:MaxSeconds"] = "10", ["Warmup:QuietSeconds"] = "0.5" }, examples);
        var before = await WrittenAsync();

        await WaitUntilReadyAsync(client);

        Assert.Single(_logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("leaves out the example query NoSuchNode", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, l => l.Contains("Warmed up in", StringComparison.Ordinal) && l.Contains(" 1 example queries (0 not run, Warmup:LeaveOut), round(s) run: ", StringComparison.Ordinal));
        Assert.Equal(before, await WrittenAsync());
    }

    [Fact]
    public async Task Warmup_LeaveOut_keeps_the_named_queries_out_and_warns_of_a_name_no_example_has()
    {
        ExampleOperations examples = new(
        [
            new("Typename", "query Typename { __typename }"),
            new("Schema", "query Schema { __schema { queryType { name } } }"),
        ]);
        var client = Start(new() { ["Warmup:MaxSeconds"] = "10", ["Warmup:QuietSeconds"] = "0.5", ["Warmup:LeaveOut:0"] = "Schema", ["Warmup:LeaveOut:1"] = "Shcema" }, examples);

        await WaitUntilReadyAsync(client);

        Assert.Contains(_logs.Lines, l => l.Contains("Warmed up in", StringComparison.Ordinal) && l.Contains(" 1 example queries (1 not run, Warmup:LeaveOut), round(s) run: ", StringComparison.Ordinal));
        var warning = Assert.Single(_logs.Lines, l => l.Contains("Warmup:LeaveOut names", StringComparison.Ordinal));
        Assert.StartsWith("Warning", warning, StringComparison.Ordinal);
        Assert.Contains("Shcema", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Schema,", warning, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private HttpClient Start(Dictionary<string, string?> settings, ExampleOperations? examples = null)
    {
        _factory.Settings["Warmup:Enabled"] = "true";
        foreach (var (key, value) in settings)
        {
            _factory.Settings[key] = value;
        }

        _server = _factory.WithWebHostBuilder(b =>
        {
            b.ConfigureLogging(l => l.AddProvider(_logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
            if (examples is not null)
            {
                b.ConfigureTestServices(services => services.AddSingleton(examples));
            }
        });
        return _server.CreateClient();
    }

    /// <summary>Polls /health/ready as a load balancer does; no time limit is a measure here, only a guard against a hang.</summary>
    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (true)
        {
            using var ready = await client.GetAsync("/health/ready", guard.Token);
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100, guard.Token);
        }
    }

    /// <summary>What a write leaves behind: the audit entries and the data version.</summary>
    private async Task<(int Audit, long Version)> WrittenAsync()
    {
        using var scope = _server!.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        return (await db.AuditEntries.CountAsync(), await DataVersionReader.ReadAsync(db, CancellationToken.None));
    }
}
