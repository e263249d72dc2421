namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>How many organisations are ready for an aim today, and by the horizon if their plans keep to their dates.</summary>
/// <param name="NewlyReadyIds">Ready by the horizon but not today, ascending.</param>
public sealed record AimForecast(ReadinessAim Aim, int ReadyNow, int ReadyByHorizon, IReadOnlyList<int> NewlyReadyIds);
