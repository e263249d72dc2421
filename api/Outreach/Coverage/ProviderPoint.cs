using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>
/// An organisation as coverage sees it: where it is based (null when unknown), the service categories it delivers
/// and the wards it serves.
/// </summary>
public sealed record ProviderPoint(int OrganisationId, string Name, GeoPoint? Location, IReadOnlySet<int> ServiceCategoryIds, IReadOnlySet<int> WardIds);
