using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Api.Outreach.Detection;

/// <summary>The answer of <c>detectNeedClusters</c>: the clusters, largest first, what they were found among, and the radius and minimum used.</summary>
public sealed record DetectedNeedClusterList(DetectionRequest Request, NeedClustering Used, int NeedsConsidered, int FamiliesConsidered, IReadOnlyList<DetectedNeedCluster> Clusters);
