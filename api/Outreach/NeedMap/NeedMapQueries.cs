using GraphQL.Types;
using VcsDirectory.Api.Outreach.Detection;
using VcsDirectory.Api.Outreach.HotSpots;
using VcsDirectory.Api.Outreach.Mapping;
using VcsDirectory.Api.Outreach.Provision;

namespace VcsDirectory.Api.Outreach.NeedMap;

public static class NeedMapQueries
{
    /// <summary>Clusters of need, what covers them, where need stands out, and the map: all computed on request, none stored.</summary>
    public static void AddNeedMapQueries(this ObjectGraphType query)
    {
        query.AddDetectionQueries();
        query.AddProvisionQueries();
        query.AddHotSpotQueries();
        query.AddMapLayerQueries();
    }
}
