using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using VcsDirectory.Api.GraphQL.Http;
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

    [Fact]
    public async Task The_warm_up_ends_by_unmapping_the_unchanged_pages_of_the_instance_s_files_and_the_instance_answers_as_before()
    {
        using var api = await ApiProcess.StartAsync(_database, settings: new Dictionary<string, string>
        {
            ["Warmup:Enabled"] = "true", ["Warmup:MinRounds"] = "2", ["Warmup:QuietSeconds"] = "0.5", ["Warmup:MaxSeconds"] = "30",
        });
        // No request until the warm-up has ended: any request but a health probe would end it early, without the hand-back.
        var line = await LineAsync(api, "After the warm-up: ");

        var unmapped = double.Parse(Regex.Match(line, @"([\d.]+) MiB of unchanged file pages unmapped").Groups[1].Value, CultureInfo.InvariantCulture);
        if (IsGlibc)
        {
            // The composite image's code and the assemblies' metadata alone are tens of MiB once the queries have run.
            Assert.True(unmapped > 10, line);
        }
        else
        {
            Assert.Equal(0, unmapped);
        }

        // The code the pages held runs again, mapped back from the page cache: readiness and a nested page answer as before.
        using var client = api.CreateClient();
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        var page = await client.QueryDataAsync("{ organisations(first: 5) { totalCount nodes { id name sizeBand serviceCategories(first: 3) { nodes { name } } wards(first: 2) { nodes { name } } } } }");
        Assert.Equal(5, page["organisations"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public void Only_a_file_mapping_that_is_not_writable_and_holds_nothing_but_the_file_s_pages_is_unmapped()
    {
        string[] smaps =
        [
            "7f0000000000-7f0000400000 r-xp 00001000 08:01 1234                       /app/VcsDirectory.Api.r2r.dll",
            "Size:               4096 kB", "Rss:                2048 kB", "Private_Clean:      2048 kB", "Private_Dirty:         0 kB", "Anonymous:             0 kB",
            "7f0000400000-7f0000800000 rw-p 00401000 08:01 1234                       /app/VcsDirectory.Api.r2r.dll",
            "Rss:                3000 kB", "Private_Dirty:         0 kB", "Anonymous:             0 kB",
            "7f0000800000-7f0000801000 r--p 00020000 08:01 99                         /usr/lib/x86_64-linux-gnu/libc.so.6",
            "Rss:                   4 kB", "Private_Dirty:         4 kB", "Anonymous:             4 kB",
            "7f0000900000-7f0000a00000 r--s 00000000 08:01 77                         /app/Microsoft.EntityFrameworkCore.dll",
            "Rss:                 512 kB", "Shared_Clean:        512 kB", "Shared_Dirty:          0 kB", "Anonymous:             0 kB",
            "7f0000a00000-7f0000b00000 r-xs 00000000 00:01 5                          /memfd:doublemapper (deleted)",
            "Rss:                 256 kB", "Shared_Dirty:          0 kB",
            "7f0000b00000-7f0000c00000 r--p 00000000 08:01 78                         /app/Unused.dll",
            "Rss:                   0 kB", "Private_Dirty:         0 kB",
            "7f0000c00000-7f0000d00000 rw-p 00000000 00:00 0 ",
            "Rss:                1024 kB", "Anonymous:          1024 kB",
            "7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]",
            "Rss:                  16 kB",
            "VmFlags: rd wr mr mw me gd ac",
        ];

        var mappings = ProcessMemory.FileMappings(smaps).ToList();

        Assert.Equal(
            ["/app/VcsDirectory.Api.r2r.dll", "/app/VcsDirectory.Api.r2r.dll", "/usr/lib/x86_64-linux-gnu/libc.so.6", "/app/Microsoft.EntityFrameworkCore.dll", "/memfd:doublemapper (deleted)", "/app/Unused.dll"],
            mappings.Select(m => m.Path));
        Assert.Equal(0x7f0000000000UL, mappings[0].Start);
        Assert.Equal(0x7f0000400000UL, mappings[0].End);
        Assert.Equal(2048 * 1024, mappings[0].ResidentBytes);
        // The code and the shared metadata only: not the writable data section (a page written later would be lost), not
        // the library's relocated read-only table (its own page), not the runtime's code (a memfd), not what is not resident.
        Assert.Equal([true, false, false, true, false, false], mappings.Select(m => m.Unchanged));
    }

    public void Dispose() => _database.Dispose();

    /// <summary>The process's one log line containing <paramref name="start"/>, once written; no time limit is a measure, only a guard against a hang.</summary>
    private static async Task<string> LineAsync(ApiProcess api, string start)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!api.Output.Contains(start, StringComparison.Ordinal))
        {
            await Task.Delay(50, guard.Token);
        }

        return api.Output.Split('\n').Single(l => l.Contains(start, StringComparison.Ordinal));
    }

    /// <summary>The start-up log's memory line, logged as the server starts listening.</summary>
    private async Task<string> MemoryLineAsync(IReadOnlyDictionary<string, string?> environment)
    {
        using var api = await ApiProcess.StartAsync(_database, environment);
        return await LineAsync(api, "Memory: ");
    }
}
