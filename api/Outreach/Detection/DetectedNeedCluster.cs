using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.Coverage;

namespace VcsDirectory.Api.Outreach.Detection;

/// <summary>A detected cluster as served: the cluster, and the radius its coverage is asked over.</summary>
public sealed record DetectedNeedCluster(DetectedCluster Cluster, double CoverageRadiusKm)
{
    private ClusterCoverage? _coverage;

    /// <summary>
    /// Its coverage, worked out once: a kept detection (<see cref="DetectionMemo"/>) answers it from memory. The analyser
    /// is of the same data version or newer, and a newer one means the version has moved and the kept answer is dropped.
    /// </summary>
    public ClusterCoverage CoverageBy(CoverageAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        return _coverage ??= analyzer.Analyze(Cluster, CoverageRadiusKm);
    }
}
