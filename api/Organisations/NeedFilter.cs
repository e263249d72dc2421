using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

public sealed class NeedFilter : FilterSpec<OrganisationNeed>
{
    public NeedFilter()
        : base("NeedFilterInput", "Conditions on one need of an organisation.")
    {
        Nested<CapacityArea, CapacityAreaFilter>("area", n => n.CapacityArea);
        Field("priority", n => n.Priority);
    }
}
