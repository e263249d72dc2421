namespace VcsDirectory.Api.Outreach.Detection;

/// <summary>The answer of <c>detectNeedClusters</c>: the clusters, largest first, and what they were found among.</summary>
public sealed record DetectedNeedClusterList(DetectionRequest Request, int NeedsConsidered, int FamiliesConsidered, IReadOnlyList<DetectedNeedCluster> Clusters);
