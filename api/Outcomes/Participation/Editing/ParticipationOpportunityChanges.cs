using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outcomes.Participation.Editing;

/// <summary>A new opportunity or changes to one: an omitted field is left as it is; null clears an optional one.</summary>
public sealed class ParticipationOpportunityChanges : EditInput
{
    public string? CentreId { get; set; }

    public Optional<string?> ServiceId { get; set; }

    public Optional<ParticipationKind?> Kind { get; set; }

    public Optional<string?> Description { get; set; }

    public Optional<int?> Places { get; set; }

    public Optional<int?> PlacesFilled { get; set; }

    public Optional<string?> HowToTakePart { get; set; }

    public Optional<bool?> IsOpen { get; set; }

    public Optional<bool?> IsSynthetic { get; set; }
}
