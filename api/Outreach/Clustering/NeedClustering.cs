namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>What <see cref="NeedClusterer"/> found, and the radius and minimum it used (chosen from the data or given).</summary>
public sealed record NeedClustering(double EpsMetres, int MinFamilies, bool ChosenFromData, IReadOnlyList<DetectedCluster> Clusters);
