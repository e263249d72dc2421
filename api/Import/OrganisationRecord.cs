using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Import;

public sealed record OrganisationRecord
{
    /// <summary>Unique within the dataset; how centres refer to their operator.</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }

    public OrganisationKind Kind { get; init; }

    public string? Identifier { get; init; }

    public long AnnualIncome { get; init; }

    public int StaffCount { get; init; }

    public int VolunteerCount { get; init; }

    public string? Description { get; init; }

    public string? Website { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? PostcodeArea { get; init; }

    public IReadOnlyList<string> Wards { get; init; } = [];

    public IReadOnlyList<string> Services { get; init; } = [];

    public IReadOnlyList<CapacityRecord> Capacities { get; init; } = [];

    public IReadOnlyList<NeedRecord> Needs { get; init; } = [];

    public WillingnessRecord Willingness { get; init; } = new();

    public string? SupportNeeded { get; init; }

    public bool IsSynthetic { get; init; }

    public DateOnly? LastReviewedOn { get; init; }
}
