namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>A centre whose best consortium would cover more required categories by the horizon than today.</summary>
/// <param name="CoveredNow">Categories the best consortium covers today; 0 when none can form.</param>
public sealed record UnlockedCentre(int CentreId, int CoveredNow, int CoveredByHorizon);
