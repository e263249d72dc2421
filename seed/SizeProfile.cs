using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Seed;

/// <summary>How organisations of one size band tend to look: the shape the generator draws from.</summary>
internal sealed record SizeProfile(
    SizeBand Band,
    float Share,
    (long From, long To) Income,
    (int Min, int Max) Staff,
    (int Min, int Max) Volunteers,
    (int Min, int Max) Wards,
    (int Min, int Max) Services,
    (int Min, int Max) Capacities,
    (int Min, int Max) Needs,
    float MentorShare,
    (int Min, int Max) Mentees,
    float LeadShare)
{
    /// <summary>Most local family groups are micro or small; a handful are large or major (the NCVO almanac's shape, tilted local).</summary>
    public static IReadOnlyList<SizeProfile> All { get; } =
    [
        new(SizeBand.Micro, 0.42f, (500, 9_999), (0, 0), (2, 15), (1, 2), (1, 2), (0, 2), (2, 4), 0f, (0, 0), 0f),
        new(SizeBand.Small, 0.33f, (10_000, 99_999), (0, 3), (5, 40), (1, 3), (1, 3), (1, 3), (2, 4), 0f, (0, 0), 0f),
        new(SizeBand.Medium, 0.17f, (100_000, 999_999), (3, 25), (10, 80), (2, 6), (2, 4), (3, 6), (1, 2), 0.30f, (1, 2), 0.15f),
        new(SizeBand.Large, 0.06f, (1_000_000, 9_999_999), (25, 250), (20, 200), (4, 12), (3, 6), (5, 9), (0, 1), 0.45f, (2, 4), 0.45f),
        new(SizeBand.Major, 0.02f, (10_000_000, 60_000_000), (250, 1500), (50, 500), (10, 16), (4, 8), (7, 11), (0, 1), 0.55f, (3, 6), 0.6f),
    ];
}
