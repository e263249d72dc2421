using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outcomes.Specifications.Editing;

/// <summary>A new specification or changes to one: an omitted field is left as it is.</summary>
public sealed class ServiceSpecificationChanges : EditInput
{
    public string? CentreId { get; set; }

    public Optional<DateOnly?> PeriodStart { get; set; }

    public Optional<DateOnly?> PeriodEnd { get; set; }

    public Optional<IReadOnlyList<IndicatorTargetInput>?> Targets { get; set; }

    public Optional<bool?> IsSynthetic { get; set; }
}
