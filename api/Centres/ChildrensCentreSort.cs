using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Centres;

public sealed class ChildrensCentreSort : SortSpec<ChildrensCentre>
{
    public ChildrensCentreSort()
        : base("ChildrensCentreSortInput", c => c.Id)
    {
        Field("name", c => c.Name);
        Field("volunteerCount", c => c.VolunteerCount);
        Field("parentRepresentativeCount", c => c.ParentRepresentativeCount);
    }
}
