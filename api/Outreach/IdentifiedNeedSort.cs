using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Outreach;

public sealed class IdentifiedNeedSort : SortSpec<IdentifiedNeed>
{
    public IdentifiedNeedSort()
        : base("IdentifiedNeedSortInput", n => n.Id)
    {
        Field("familiesAffected", n => n.FamiliesAffected);
        Field("severity", n => n.Severity);
        Field("recordedOn", n => n.RecordedOn);
    }
}
