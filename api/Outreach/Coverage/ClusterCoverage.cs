namespace VcsDirectory.Api.Outreach.Coverage;

/// <summary>What is within reach of a cluster, and what is missing.</summary>
/// <param name="NearestCentre">Null when no centre has a known location.</param>
/// <param name="Providers">Nearest first; organisations with no known base (in reach by ward only) last; ties by organisation id.</param>
/// <param name="Categories">In the order of the demand's categories.</param>
/// <param name="Gaps">The ids of the categories that are gaps, in the same order.</param>
/// <param name="Score">
/// 0..1: the share-weighted fraction of the needed categories that are covered, Σ share(covered) / Σ share(all),
/// so a gap in the cluster's main need costs more than one in a minor need. 1 when the demand has no categories.
/// </param>
public sealed record ClusterCoverage(
    double RadiusKm,
    NearestCentre? NearestCentre,
    IReadOnlyList<ProviderInReach> Providers,
    IReadOnlyList<CategoryCoverage> Categories,
    IReadOnlyList<int> Gaps,
    double Score);
