using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Api.Outreach.Detection;

/// <summary>A detected cluster as served: the cluster, and the radius its coverage is asked over.</summary>
public sealed record DetectedNeedCluster(DetectedCluster Cluster, double CoverageRadiusKm);
