using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Outreach;

public sealed class OutreachClusterSort : SortSpec<OutreachCluster>
{
    public OutreachClusterSort()
        : base("OutreachClusterSortInput", c => c.Id)
    {
        Field("name", c => c.Name);
    }
}
