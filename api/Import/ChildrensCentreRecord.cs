using VcsDirectory.Api.Centres;

namespace VcsDirectory.Api.Import;

public sealed record ChildrensCentreRecord
{
    public required string Name { get; init; }

    public required string Status2013 { get; init; }

    public string? Ward { get; init; }

    public bool WardIsInferred { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public LocationPrecision LocationPrecision { get; init; }

    /// <summary>The key of the operating organisation; null when the council runs it.</summary>
    public string? Operator { get; init; }

    public int? VolunteerCount { get; init; }

    public int? ParentRepresentativeCount { get; init; }

    public bool? HasAdvisoryBoard { get; init; }

    public IReadOnlyList<string> ReachWards { get; init; } = [];

    public IReadOnlyList<string> Services { get; init; } = [];

    public bool IsSynthetic { get; init; }

    public bool OperationalFiguresAreSynthetic { get; init; }

    public required string Source { get; init; }
}
