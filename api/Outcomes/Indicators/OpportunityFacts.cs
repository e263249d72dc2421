using VcsDirectory.Api.Outcomes.Participation;

namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>A participation opportunity at the centre or one of its services: counts only.</summary>
public sealed record OpportunityFacts(ParticipationKind Kind, bool IsOpen, int Places, int PlacesFilled);
