namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>An active support relationship between organisations (a mentoring pairing; later a support plan), with the wards each side serves.</summary>
public sealed record SupportRelationship(SupportKind Kind, int Id, IReadOnlyList<SupportSide> Sides);
