using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Filtering;

namespace VcsDirectory.Api.Outreach;

public sealed class OutreachClusterFilter : FilterSpec<OutreachCluster>
{
    public OutreachClusterFilter()
        : base("OutreachClusterFilterInput", "Conditions on outreach clusters; all given fields must hold.")
    {
        Field("name", c => c.Name);
        Field("isSynthetic", c => c.IsSynthetic);
        List<Ward, WardFilter>("wards", c => c.Wards);
        List<IdentifiedNeed, IdentifiedNeedFilter>("needs", c => c.Needs);
    }
}
