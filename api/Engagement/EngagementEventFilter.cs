using VcsDirectory.Api.GraphQL.Filtering;

namespace VcsDirectory.Api.Engagement;

public sealed class EngagementEventFilter : FilterSpec<EngagementEvent>
{
    public EngagementEventFilter()
        : base("EngagementEventFilterInput", "Conditions on engagement events; all given fields must hold.")
    {
        Field("heldIn", e => e.HeldIn);
        Field("kind", e => e.Kind);
        Field("attendees", e => e.Attendees);
    }
}
