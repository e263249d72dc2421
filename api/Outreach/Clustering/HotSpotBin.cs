namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>
/// The confidence of a Gi* z-score, two-tailed, the bins ArcGIS's Hot Spot Analysis uses:
/// |z| ≥ 2.576 is 99%, ≥ 1.960 is 95%, ≥ 1.645 is 90%. Positive is hot, negative cold.
/// </summary>
public enum HotSpotBin
{
    ColdSpot99 = -3,
    ColdSpot95 = -2,
    ColdSpot90 = -1,
    NotSignificant = 0,
    HotSpot90 = 1,
    HotSpot95 = 2,
    HotSpot99 = 3,
}
