namespace VcsDirectory.Seed;

/// <summary>How much demo data to make; the same options always give the same dataset.</summary>
public sealed record GeneratorOptions(int Organisations = 150, int BackgroundNeeds = 120, int NeedsPerCluster = 24, int Seed = 2013)
{
    /// <summary>Records are dated relative to this day, never to the clock, so output is byte-for-byte stable.</summary>
    public static DateOnly ReferenceDay { get; } = new(2026, 9, 1);
}
