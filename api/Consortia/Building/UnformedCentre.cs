namespace VcsDirectory.Api.Consortia.Building;

/// <summary>A centre the borough plan gives no consortium, and why, in one sentence.</summary>
public sealed record UnformedCentre(int CentreId, string Reason);
