namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>One ward's Gi* result: its z-score, how many wards its neighbourhood held (itself included), and the confidence bin.</summary>
public sealed record WardHotSpot(int WardId, double Value, double ZScore, int NeighbourCount, HotSpotBin Bin)
{
    /// <summary>99, 95 or 90; null when the ward is not significant.</summary>
    public int? ConfidencePercent => Math.Abs((int)Bin) switch
    {
        3 => 99,
        2 => 95,
        1 => 90,
        _ => null,
    };

    public bool IsHot => Bin > HotSpotBin.NotSignificant;

    public bool IsCold => Bin < HotSpotBin.NotSignificant;
}
