using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>
/// An identified need as the clusterer sees it. <paramref name="Location"/> is the need's stored position,
/// already snapped to <see cref="NeedGrid"/>; <paramref name="Severity"/> runs from 1 (moderate) to 3 (acute).
/// </summary>
public sealed record NeedPoint(int Id, GeoPoint Location, int ServiceCategoryId, int FamiliesAffected, int Severity, int? WardId);
