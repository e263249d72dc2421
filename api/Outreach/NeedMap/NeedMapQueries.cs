using GraphQL.Types;
using VcsDirectory.Api.Outreach.Detection;
using VcsDirectory.Api.Outreach.HotSpots;
using VcsDirectory.Api.Outreach.Provision;

namespace VcsDirectory.Api.Outreach.NeedMap;

public static class NeedMapQueries
{
    /// <summary>Clusters of need, what covers them, and where need stands out: all computed on request, none stored.</summary>
    public static void AddNeedMapQueries(this ObjectGraphType query)
    {
        query.AddDetectionQueries();
        query.AddProvisionQueries();
        query.AddHotSpotQueries();
    }
}
