namespace VcsDirectory.Api.Import;

public sealed record OutreachClusterRecord
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public double CentroidLatitude { get; init; }

    public double CentroidLongitude { get; init; }

    /// <summary>The linked centre, by name.</summary>
    public string? ChildrensCentre { get; init; }

    public string? OutreachSite { get; init; }

    public IReadOnlyList<string> Wards { get; init; } = [];

    public bool IsSynthetic { get; init; }
}
