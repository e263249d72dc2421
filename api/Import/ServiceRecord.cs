using VcsDirectory.Api.Services;

namespace VcsDirectory.Api.Import;

/// <summary>A service in the import format (version 2): its provider by key, its category by code, its places by name, key or code.</summary>
public sealed record ServiceRecord
{
    public required string Key { get; init; }

    public required string Provider { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string Category { get; init; }

    public ServiceStatus Status { get; init; }

    public int? MinimumAgeMonths { get; init; }

    public int? MaximumAgeMonths { get; init; }

    public bool IsFree { get; init; } = true;

    public string? FeeDescription { get; init; }

    public IReadOnlyList<DeliveryMode> DeliveryModes { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<ScheduleRecord> Schedule { get; init; } = [];

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public DateOnly? LastReviewedOn { get; init; }

    public bool IsSynthetic { get; init; }

    /// <summary>Names of the children's centres it is delivered at.</summary>
    public IReadOnlyList<string> Centres { get; init; } = [];

    /// <summary>Keys of the outreach clusters it reaches.</summary>
    public IReadOnlyList<string> OutreachClusters { get; init; } = [];

    /// <summary>Codes of the wards it covers.</summary>
    public IReadOnlyList<string> AreaWards { get; init; } = [];
}
