using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Readiness;

namespace VcsDirectory.Api.Consortia.SupportPlans;

/// <summary>What the support plans would change by a horizon: readiness per aim, and centres a consortium of the kind could then cover better.</summary>
public sealed record ReadinessOutlook(int Months, ConsortiumKind Kind, IReadOnlyList<AimForecast> Aims, IReadOnlyList<UnlockedCentre> UnlockedCentres);
