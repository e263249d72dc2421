namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>Active support between organisations (a mentoring pairing or an open support plan), with the wards each organisation in it serves.</summary>
/// <param name="Id">The pairing's or the plan's id: unique within its kind.</param>
public sealed record SupportRelationship(SupportKind Kind, int Id, IReadOnlyList<SupportSide> Sides);
