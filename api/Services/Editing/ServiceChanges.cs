using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Services.Editing;

/// <summary>A new service or changes to one: an omitted field is left as it is; null clears an optional one.</summary>
public sealed class ServiceChanges : EditInput
{
    public string? ProviderId { get; set; }

    public Optional<string?> Name { get; set; }

    public Optional<string?> Description { get; set; }

    public Optional<string?> Category { get; set; }

    public Optional<int?> MinimumAgeMonths { get; set; }

    public Optional<int?> MaximumAgeMonths { get; set; }

    public Optional<bool?> IsFree { get; set; }

    public Optional<string?> FeeDescription { get; set; }

    public Optional<IReadOnlyList<DeliveryMode>?> DeliveryModes { get; set; }

    public Optional<IReadOnlyList<string>?> Languages { get; set; }

    public Optional<IReadOnlyList<ScheduleInput>?> Schedule { get; set; }

    public Optional<string?> ContactEmail { get; set; }

    public Optional<string?> ContactPhone { get; set; }

    public Optional<IReadOnlyList<string>?> AreaWards { get; set; }

    public Optional<DateOnly?> LastReviewedOn { get; set; }

    public Optional<bool?> IsSynthetic { get; set; }
}
