using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Outreach.Clustering;
using VcsDirectory.Api.Outreach.NeedMap;

namespace VcsDirectory.Api.Outreach.HotSpots;

public sealed class HotSpotNeighbourhoodInputType : InputObjectGraphType
{
    /// <summary>Every Poole ward has another ward's centroid within 2.5 km (Merley and Bearwood's nearest is 2.3 km), and no ward has all of them.</summary>
    public const double DefaultWithinKm = 2.5;

    public const double MaxWithinKm = 50;

    public const int MaxNearest = 100;

    public HotSpotNeighbourhoodInputType()
    {
        Name = "HotSpotNeighbourhoodInput";
        Description = $"Which wards count as a ward's neighbours (the ward itself always does): give exactly one of `withinKm` and `nearest`. Omitted: within {DefaultWithinKm} km.";
        Field<FloatGraphType>("withinKm").Description($"Every ward whose centroid is within this distance, more than 0 and at most {MaxWithinKm:0} km.");
        Field<IntGraphType>("nearest").Description($"The ward's k nearest wards, 1 to {MaxNearest}: every ward gets as many neighbours.");
    }

    public static HotSpotNeighbours Parse(IDictionary<string, object?>? input)
    {
        var withinKm = input?.Optional("withinKm", (double?)null);
        var nearest = input?.Optional("nearest", (int?)null);
        return (withinKm, nearest) switch
        {
            (null, null) => HotSpotNeighbours.WithinKm(DefaultWithinKm),
            ({ } km, null) when km > 0 => HotSpotNeighbours.WithinKm(NeedMapArguments.InRange(km, 0, MaxWithinKm, "neighbourhood.withinKm", "km")),
            ({ } km, null) => throw NeedMapArguments.Invalid($"'neighbourhood.withinKm' must be more than 0 and at most {MaxWithinKm:0} km."),
            (null, { } k) => HotSpotNeighbours.Nearest(NeedMapArguments.InRange(k, 1, MaxNearest, "neighbourhood.nearest", "wards")),
            _ => throw NeedMapArguments.Invalid("'neighbourhood' takes one of 'withinKm' and 'nearest', not both."),
        };
    }
}
