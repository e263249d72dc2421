using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

public sealed class OrganisationFilter : FilterSpec<Organisation>
{
    public OrganisationFilter()
        : base("OrganisationFilterInput", "Conditions on organisations; all given fields must hold.")
    {
        Field("name", o => o.Name);
        Field("kind", o => o.Kind);
        Field("identifier", o => o.Identifier);
        Field("annualIncome", o => o.AnnualIncome);
        Field("sizeBand", o => o.SizeBand);
        Field("staffCount", o => o.StaffCount);
        Field("volunteerCount", o => o.VolunteerCount);
        Field("postcodeArea", o => o.PostcodeArea);
        Field("isSynthetic", o => o.IsSynthetic);
        Field("lastReviewedOn", o => o.LastReviewedOn);
        Nested<Willingness, WillingnessFilter>("willingness", o => o.Willingness);
        List<Ward, WardFilter>("wards", o => o.Wards, "The wards it serves.");
        List<ServiceCategory, ServiceCategoryFilter>("serviceCategories", o => o.Services, "The service categories it works in.");
        List<OrganisationCapacity, CapacityFilter>("capacities", o => o.Capacities, "Its capacities.");
        List<OrganisationNeed, NeedFilter>("needs", o => o.Needs, "Its needs.");
    }
}
