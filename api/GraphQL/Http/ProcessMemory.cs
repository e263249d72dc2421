using System.Globalization;
using System.Runtime.InteropServices;

namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>
/// The process's memory outside the collector's own settings (those are in <c>api/ReadyToRun.props</c>): glibc's
/// <c>malloc</c>, which SQLite's page caches, OR-Tools and the runtime itself allocate from.
/// </summary>
/// <remarks>
/// glibc gives each thread that meets a busy arena an arena of its own, up to eight per core, and an arena keeps what
/// is freed in it for its next allocations. At 10,000 organisations, after the load script's scenarios, 16 arenas held
/// 74 MB for 33 MB in use (<c>malloc_stats</c>), 55-65 MiB of RSS. Neither setting is one the runtime offers, so they
/// are asked of glibc itself, and only there: elsewhere (musl, another OS) both do nothing. <c>Main</c> comes too late
/// to hold glibc to two arenas: the runtime's threads have made theirs (9 in all, counted on this machine), and the
/// limit stops only the ones after (16 without it). <c>MALLOC_ARENA_MAX=2</c> in the service's environment holds it to
/// two from the first allocation; this call is for where nobody set it.
/// </remarks>
public static class ProcessMemory
{
    private const string Glibc = "libc.so.6";

    /// <summary><c>M_ARENA_MAX</c> in glibc's <c>malloc.h</c>.</summary>
    private const int ArenaMaxParameter = -8;

    /// <summary>Two arenas: one thread allocating while another frees does not wait; more only holds more free memory.</summary>
    public const int Arenas = 2;

    private static readonly bool IsGlibc = OperatingSystem.IsLinux()
        && NativeLibrary.TryLoad(Glibc, out var libc) && NativeLibrary.TryGetExport(libc, "malloc_trim", out _);

    /// <summary>
    /// Past how many arenas glibc makes no more: <see cref="Arenas"/>, unless the operator chose (<c>MALLOC_ARENA_MAX</c>,
    /// which glibc read at the process's start, or <c>arena_max</c> in <c>GLIBC_TUNABLES</c>); null where this is not
    /// glibc or the operator's value is one glibc ignores. Called first thing in <c>Main</c>, before the host's threads.
    /// </summary>
    public static int? LimitArenas()
    {
        if (!IsGlibc)
        {
            return null;
        }

        if (Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is { } chosen)
        {
            return int.TryParse(chosen, out var arenas) && arenas > 0 ? arenas : null;
        }

        if (Environment.GetEnvironmentVariable("GLIBC_TUNABLES")?.Contains("arena_max", StringComparison.Ordinal) == true)
        {
            return null;
        }

        return mallopt(ArenaMaxParameter, Arenas) == 1 ? Arenas : null;
    }

    /// <summary>
    /// Hands glibc's free pages back to the system (<c>malloc_trim</c>): after the warm-up, whose queries freed what
    /// they allocated but left it in the arenas (14 MiB at 10,000 organisations).
    /// </summary>
    public static void HandBackFreePages()
    {
        if (IsGlibc)
        {
            _ = malloc_trim(0);
        }
    }

    /// <summary>
    /// Takes out of the process's resident set the pages of its files (the composite image's code, the assemblies'
    /// metadata, the native libraries) that it holds as the files have them, and returns how many bytes were resident
    /// in them. Called once, at the end of the warm-up, when the instance has run the code it runs only at start
    /// (migrations, the model's building, one-off paths of the warm-up's queries) and nothing is served yet.
    /// </summary>
    /// <remarks>
    /// <c>MADV_DONTNEED</c>, mapping by mapping, only on one that is not writable, is not the runtime's double-mapped
    /// code (a memfd), and has no page of its own (no dirty or anonymous page: a library's relocated, then write-protected
    /// tables have some): its pages are the file's, so dropping them loses nothing. They stay in the kernel's page cache,
    /// so the next use maps them back with a minor fault, no read from disk, and only what the instance goes on running
    /// comes back. The kernel drops such pages by itself under memory pressure; here they leave at once. Each range is
    /// still the mapping that was read when the call comes: the process unmaps no file meanwhile (no assembly or native
    /// library is ever unloaded), so no other mapping can have taken its place. Where this is not glibc on Linux,
    /// nothing is done.
    /// </remarks>
    public static long UnmapUnchangedFilePages()
    {
        if (!IsGlibc)
        {
            return 0;
        }

        long unmapped = 0;
        foreach (var mapping in FileMappings(File.ReadLines("/proc/self/smaps")).Where(m => m.Unchanged))
        {
            if (madvise((nint)mapping.Start, (nuint)(mapping.End - mapping.Start), DontNeed) == 0)
            {
                unmapped += mapping.ResidentBytes;
            }
        }

        return unmapped;
    }

    /// <summary>A mapping of a file, from <c>/proc/PID/smaps</c>: its address range, whether it may be written, and its pages.</summary>
    internal sealed record FileMapping(ulong Start, ulong End, bool Writable, string Path)
    {
        public long ResidentBytes { get; set; }

        /// <summary>Pages that are the process's own, not the file's: dirty (private or shared) or anonymous (copied on write).</summary>
        public long ChangedBytes { get; set; }

        public bool Unchanged => !Writable && ChangedBytes == 0 && ResidentBytes > 0
            && !Path.StartsWith("/memfd:", StringComparison.Ordinal) && !Path.EndsWith("(deleted)", StringComparison.Ordinal);
    }

    /// <summary>The mappings of files in <c>smaps</c> text; anonymous mappings, the heap, the stacks and <c>[vdso]</c> are left out.</summary>
    internal static IEnumerable<FileMapping> FileMappings(IEnumerable<string> smaps)
    {
        FileMapping? current = null;
        foreach (var line in smaps)
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && !fields[0].EndsWith(':') && fields[0].Split('-') is [var from, var to])
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = fields.Length == 6 && fields[5].StartsWith('/')
                    ? new FileMapping(Hex(from), Hex(to), fields[1][1] == 'w', fields[5].Trim())
                    : null;
            }
            else if (current is not null && fields is [var name, var value, ..] && long.TryParse(value, CultureInfo.InvariantCulture, out var kilobytes))
            {
                switch (name)
                {
                    case "Rss:":
                        current.ResidentBytes = kilobytes * 1024;
                        break;
                    case "Private_Dirty:" or "Shared_Dirty:" or "Anonymous:":
                        current.ChangedBytes += kilobytes * 1024;
                        break;
                }
            }
        }

        if (current is not null)
        {
            yield return current;
        }

        static ulong Hex(string text) => ulong.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    /// <summary><c>MADV_DONTNEED</c> in Linux's <c>mman-common.h</c>.</summary>
    private const int DontNeed = 4;

    /// <summary>One line for the start-up log: the collector's generation-0 budget and glibc's arena limit, as this process has them.</summary>
    public static string Describe(int? arenas)
    {
        var collector = GC.GetConfigurationVariables();
        var budget = collector.TryGetValue("GCGen0MaxBudget", out var value) ? value : "?";
        var heaps = collector.TryGetValue("HeapCount", out var count) ? count : "?";
        return $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} collector, {heaps} heap(s), generation-0 budget at most {budget} bytes; " +
            $"glibc {(arenas is { } n ? $"makes no arena past {n}" : "arenas as glibc has them")}";
    }

    [DllImport(Glibc, ExactSpelling = true)]
    private static extern int mallopt(int parameter, int value);

    [DllImport(Glibc, ExactSpelling = true)]
    private static extern int malloc_trim(nuint pad);

    [DllImport(Glibc, ExactSpelling = true)]
    private static extern int madvise(nint address, nuint length, int advice);
}
