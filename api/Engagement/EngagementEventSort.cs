using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Engagement;

public sealed class EngagementEventSort : SortSpec<EngagementEvent>
{
    public EngagementEventSort()
        : base("EngagementEventSortInput", e => e.Id)
    {
        Field("heldIn", e => e.HeldIn);
        Field("attendees", e => e.Attendees);
    }
}
