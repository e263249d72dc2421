using System.Runtime.InteropServices;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Http;

/// <summary>
/// The memory settings a real API process starts with (README, "Memory"): the collector's generation-0 budget from
/// the runtimeconfig (api/ReadyToRun.props) and glibc's arena limit, as its start-up log states them. The in-memory
/// test server cannot show them: it runs in the test host's process, with the test host's runtimeconfig.
/// </summary>
public sealed class ProcessMemoryTests : IDisposable
{
    /// <summary>The test runner's own arena settings are not the API's defaults: the child starts without them.</summary>
    private static readonly Dictionary<string, string?> NoArenaSettings = new() { ["MALLOC_ARENA_MAX"] = null, ["GLIBC_TUNABLES"] = null };

    private static readonly bool IsGlibc = OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out _);

    private readonly TestDatabase _database = new();

    [Fact]
    public async Task The_API_starts_with_generation_0_capped_at_8_MB_and_glibc_held_to_two_arenas()
    {
        var memory = await MemoryLineAsync(NoArenaSettings);

        Assert.Contains("server collector", memory, StringComparison.Ordinal);
        Assert.Contains("generation-0 budget at most 8388608 bytes", memory, StringComparison.Ordinal);
        Assert.Contains(IsGlibc ? "glibc makes no arena past 2" : "arenas as glibc has them", memory, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4", "glibc makes no arena past 4")]
    [InlineData("0", "arenas as glibc has them")]
    [InlineData("many", "arenas as glibc has them")]
    public async Task An_operator_s_MALLOC_ARENA_MAX_is_kept_and_one_glibc_ignores_is_not_reported_as_a_limit(string value, string reported)
    {
        var memory = await MemoryLineAsync(new Dictionary<string, string?>(NoArenaSettings) { ["MALLOC_ARENA_MAX"] = value });

        Assert.Contains(IsGlibc ? reported : "arenas as glibc has them", memory, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    /// <summary>The start-up log's memory line, logged as the server starts listening.</summary>
    private async Task<string> MemoryLineAsync(IReadOnlyDictionary<string, string?> environment)
    {
        using var api = await ApiProcess.StartAsync(_database, environment);
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!api.Output.Contains("Memory: ", StringComparison.Ordinal))
        {
            await Task.Delay(50, guard.Token);
        }

        return api.Output.Split('\n').Single(l => l.Contains("Memory: ", StringComparison.Ordinal));
    }
}
