namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>
/// An organisation within reach of a cluster that delivers at least one of its categories: the distance from the
/// centroid to its base (null when its base is unknown), why it counts, and which of the cluster's categories it delivers.
/// </summary>
public sealed record ProviderInReach(ProviderPoint Provider, double? DistanceKm, ReachBasis Basis, IReadOnlyList<int> ServiceCategoryIds);
