namespace VcsDirectory.Api.GraphQL.Http;

/// <summary><c>Warmup</c>: whether an instance runs the example queries until its code is compiled before it reports ready; checked at start-up.</summary>
public sealed class WarmupOptions
{
    public const string SectionName = "Warmup";

    /// <summary>On in production (appsettings.json), off in development and in the tests, which gain nothing from it.</summary>
    public bool Enabled { get; set; }

    /// <summary>The instance reports ready after this long whether or not the JIT has settled.</summary>
    public double MaxSeconds { get; set; } = 30;

    /// <summary>The JIT has settled once no more than <see cref="QuietMethods"/> were compiled over this long (whole rounds of the queries).</summary>
    public double QuietSeconds { get; set; } = 1;

    /// <summary>Methods compiled within <see cref="QuietSeconds"/> that still count as settled.</summary>
    public int QuietMethods { get; set; } = 20;

    /// <summary>Rounds of the queries run at least, so that hot methods are called often enough to be recompiled (tiered compilation counts 30 calls).</summary>
    public int MinRounds { get; set; } = 3;

    /// <summary>Queries answered at once (1 to 64): several, so the database pool opens and warms several sessions.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>
    /// Example operations (by name) the warm-up does not run: in appsettings.json, the one that starts the optimiser
    /// (OR-Tools), which none of the others loads. Warming it loads the native solver (18 MiB of library pages) and runs
    /// a solve per round, for a question asked now and then, not under load. <c>--Warmup:LeaveOut:0=</c> empties the
    /// list (a setting replaces the entry at its index; it does not add to the list).
    /// </summary>
    public string[] LeaveOut { get; set; } = [];

    /// <summary>
    /// Whether the warm-up's end also takes the unchanged pages of the instance's files out of its resident set
    /// (<see cref="ProcessMemory.UnmapUnchangedFilePages"/>): on by default; <c>--Warmup:UnmapFilePages=false</c> to
    /// measure without it.
    /// </summary>
    public bool UnmapFilePages { get; set; } = true;

    public void Validate()
    {
        if (MaxSeconds is <= 0 or > 600 || QuietSeconds <= 0 || QuietSeconds > MaxSeconds || MinRounds < 1 || QuietMethods < 0 || Concurrency is < 1 or > 64)
        {
            throw new InvalidOperationException(
                "Warmup:MaxSeconds must be between 0 and 600, Warmup:QuietSeconds positive and at most MaxSeconds, Warmup:MinRounds at least 1, " +
                $"Warmup:QuietMethods at least 0 and Warmup:Concurrency between 1 and 64 (got {MaxSeconds}, {QuietSeconds}, {MinRounds}, {QuietMethods}, {Concurrency}).");
        }
    }
}
