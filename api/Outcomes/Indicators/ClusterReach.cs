namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>A detected need cluster as the reach indicator sees it: its families, its wards, and its coverage score (0..1) from the coverage analysis.</summary>
public sealed record ClusterReach(string Key, int FamiliesAffected, IReadOnlySet<int> WardIds, double CoverageScore);
