using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

public sealed class CapacityFilter : FilterSpec<OrganisationCapacity>
{
    public CapacityFilter()
        : base("CapacityFilterInput", "Conditions on one capacity of an organisation.")
    {
        Nested<CapacityArea, CapacityAreaFilter>("area", c => c.CapacityArea);
        Field("strength", c => c.Strength);
    }
}
