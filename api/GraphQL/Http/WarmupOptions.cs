namespace VcsDirectory.Api.GraphQL.Http;

/// <summary><c>Warmup</c>: whether an instance runs the example queries until its code is compiled before it reports ready; checked at start-up.</summary>
public sealed class WarmupOptions
{
    public const string SectionName = "Warmup";

    /// <summary>On in production (appsettings.json), off in development and in the tests, which gain nothing from it.</summary>
    public bool Enabled { get; set; }

    /// <summary>The instance reports ready after this long whether or not the JIT has settled.</summary>
    public double MaxSeconds { get; set; } = 30;

    /// <summary>The JIT has settled once this long has passed without a method compiled, over whole rounds of the queries.</summary>
    public double QuietSeconds { get; set; } = 1;

    /// <summary>Rounds of the queries run at least, so that hot methods are called often enough to be recompiled (tiered compilation counts 30 calls).</summary>
    public int MinRounds { get; set; } = 3;

    public void Validate()
    {
        if (MaxSeconds is <= 0 or > 600 || QuietSeconds <= 0 || QuietSeconds > MaxSeconds || MinRounds < 1)
        {
            throw new InvalidOperationException(
                $"Warmup:MaxSeconds must be between 0 and 600, Warmup:QuietSeconds positive and at most MaxSeconds, Warmup:MinRounds at least 1 (got {MaxSeconds}, {QuietSeconds}, {MinRounds}).");
        }
    }
}
