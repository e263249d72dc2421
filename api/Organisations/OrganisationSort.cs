using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Organisations;

public sealed class OrganisationSort : SortSpec<Organisation>
{
    public OrganisationSort()
        : base("OrganisationSortInput", o => o.Id)
    {
        Field("name", o => o.Name);
        Field("annualIncome", o => o.AnnualIncome);
        Field("sizeBand", o => o.SizeBand);
        Field("staffCount", o => o.StaffCount);
        Field("volunteerCount", o => o.VolunteerCount);
        Field("lastReviewedOn", o => o.LastReviewedOn);
    }
}
