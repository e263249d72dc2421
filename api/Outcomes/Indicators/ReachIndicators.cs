namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>Reach into clusters of identified need, from the detected clusters' coverage.</summary>
public static class ReachIndicators
{
    /// <summary>
    /// Of the families in clusters touching the centre's reach wards, the share covered: each cluster's families weighted by
    /// its coverage score, so a cluster whose main need nobody in reach delivers counts mostly as uncovered.
    /// </summary>
    public static ComputedValue ClusterFamiliesCovered(CentreFacts centre, IReadOnlyList<ClusterReach> clusters)
    {
        var inReach = clusters.Where(c => c.WardIds.Overlaps(centre.ReachWardIds)).ToList();
        var families = inReach.Sum(c => c.FamiliesAffected);
        if (families == 0)
        {
            return ComputedValue.None("No detected need cluster touches the centre's reach wards.");
        }

        var covered = inReach.Sum(c => c.FamiliesAffected * c.CoverageScore);
        return new(Math.Round(100 * covered / families, 1),
            $"About {Math.Round(covered):0} of the {families} families in {inReach.Count} need cluster{(inReach.Count == 1 ? "" : "s")} touching the reach wards are covered by a provider in reach.");
    }
}
