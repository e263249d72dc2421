using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Centres;

public sealed class ChildrensCentreFilter : FilterSpec<ChildrensCentre>
{
    public ChildrensCentreFilter()
        : base("ChildrensCentreFilterInput", "Conditions on children's centres; all given fields must hold.")
    {
        Field("name", c => c.Name);
        Field("status2013", c => c.Status2013);
        Field("wardIsInferred", c => c.WardIsInferred);
        Field("locationPrecision", c => c.LocationPrecision);
        Field("volunteerCount", c => c.VolunteerCount);
        Field("parentRepresentativeCount", c => c.ParentRepresentativeCount);
        Field("hasAdvisoryBoard", c => c.HasAdvisoryBoard);
        Nested<Ward, WardFilter>("ward", c => c.Ward!, "The ward it stands in.");
        Nested<Organisation, OrganisationFilter>("operator", c => c.Operator!, "The organisation that runs it (no match when the council does).");
        List<Ward, WardFilter>("reachWards", c => c.ReachWards);
        List<ServiceCategory, ServiceCategoryFilter>("requiredCategories", c => c.Services, "The service categories its specification asks for.");
    }
}
