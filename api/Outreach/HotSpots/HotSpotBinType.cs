using GraphQL.Types;
using VcsDirectory.Api.Outreach.Clustering;

namespace VcsDirectory.Api.Outreach.HotSpots;

public sealed class HotSpotBinType : EnumerationGraphType
{
    public HotSpotBinType()
    {
        Name = "HotSpotBin";
        Description = "The confidence of a Gi* z-score, two-tailed, in ArcGIS's bins: |z| ≥ 2.576 is 99%, ≥ 1.960 is 95%, ≥ 1.645 is 90%.";
        Add("COLD_SPOT_99", HotSpotBin.ColdSpot99, "Lower than the borough, with 99% confidence.");
        Add("COLD_SPOT_95", HotSpotBin.ColdSpot95, "Lower than the borough, with 95% confidence.");
        Add("COLD_SPOT_90", HotSpotBin.ColdSpot90, "Lower than the borough, with 90% confidence.");
        Add("NOT_SIGNIFICANT", HotSpotBin.NotSignificant, "No different from the borough beyond what chance would give.");
        Add("HOT_SPOT_90", HotSpotBin.HotSpot90, "Higher than the borough, with 90% confidence.");
        Add("HOT_SPOT_95", HotSpotBin.HotSpot95, "Higher than the borough, with 95% confidence.");
        Add("HOT_SPOT_99", HotSpotBin.HotSpot99, "Higher than the borough, with 99% confidence.");
    }
}
