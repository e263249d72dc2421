using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Data;

/// <summary>
/// The start logs where its time went (README, "Start and warm-up"): every step once, in the order the two threads
/// can reach them, each no earlier than the one before it on its thread.
/// </summary>
public sealed partial class StartupTimelineTests : IDisposable
{
    private readonly DirectoryApiFactory _factory = new();
    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task A_restart_logs_each_step_of_its_start_once_in_order()
    {
        _factory.CreateClient();
        using var another = _factory.AnotherInstance();
        using var restarted = another.WithWebHostBuilder(b =>
            b.ConfigureLogging(l => l.AddProvider(_logs).AddFilter<CapturedLogs>(null, LogLevel.Trace)));
        await restarted.CreateClient().QueryDataAsync("{ __typename }");

        var line = Assert.Single(_logs.Lines, l => l.Contains("VcsDirectory.Api.StartupTimeline: Started:", StringComparison.Ordinal));
        var marks = Mark().Matches(line.Split(" (seconds since")[0].Split("Started: ")[1])
            .Select(m => (Phase: m.Groups["phase"].Value, Seconds: double.Parse(m.Groups["seconds"].Value, CultureInfo.InvariantCulture)))
            .ToDictionary(m => m.Phase, m => m.Seconds);

        string[] main = ["Main entered", "builder made", "services registered", "host built", "db context made", "migrations checked",
            "seed checked", "ReferenceListSizes", "ReadinessAreasCheck", "database ready", "jobs swept", "pipeline built", "listening"];
        string[] schema = ["host built", "schema's types made", "schema initialised", "first request answered in-process", "pipeline built"];
        Assert.Equal(main.Concat(schema).Distinct().Order(), marks.Keys.Order());
        foreach (var thread in new[] { main, schema })
        {
            Assert.All(thread.Zip(thread.Skip(1)), step => Assert.True(marks[step.First] <= marks[step.Second], $"{step.Second} before {step.First}: {line}"));
        }
    }

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex(@"(?<phase>[^,]+?) (?<seconds>\d+\.\d{3})(, |$)")]
    private static partial Regex Mark();
}
