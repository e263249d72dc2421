using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Http;

/// <summary>
/// The memory settings a real API process starts with (README, "Memory"): the collector's generation-0 budget from
/// the runtimeconfig (api/ReadyToRun.props) and glibc's arenas, as its start-up log states them. The in-memory test
/// server cannot show them: it runs in the test host's process, with the test host's runtimeconfig.
/// </summary>
public sealed class ProcessMemoryTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task The_API_starts_with_generation_0_capped_at_8_MB_and_two_glibc_arenas()
    {
        var memory = await MemoryLineAsync(null);

        Assert.Contains("server collector", memory, StringComparison.Ordinal);
        Assert.Contains("generation-0 budget at most 8388608 bytes", memory, StringComparison.Ordinal);
        Assert.Contains("glibc arenas at most 2", memory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_s_MALLOC_ARENA_MAX_is_kept()
    {
        var memory = await MemoryLineAsync(new Dictionary<string, string> { ["MALLOC_ARENA_MAX"] = "4" });

        Assert.Contains("glibc arenas at most 4", memory, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    /// <summary>The start-up log's memory line, logged as the server starts listening.</summary>
    private async Task<string> MemoryLineAsync(IReadOnlyDictionary<string, string>? environment)
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
