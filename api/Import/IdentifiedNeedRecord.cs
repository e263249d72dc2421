namespace VcsDirectory.Api.Import;

public sealed record IdentifiedNeedRecord
{
    public string? Cluster { get; init; }

    public required string Service { get; init; }

    public string? Ward { get; init; }

    public int FamiliesAffected { get; init; }

    public int Severity { get; init; }

    public required string Source { get; init; }

    public DateOnly RecordedOn { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    public bool IsSynthetic { get; init; }
}
