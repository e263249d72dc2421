using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Outreach;

public sealed class IdentifiedNeedFilter : FilterSpec<IdentifiedNeed>
{
    public IdentifiedNeedFilter()
        : base("IdentifiedNeedFilterInput", "Conditions on identified needs; all given fields must hold.")
    {
        Nested<ServiceCategory, ServiceCategoryFilter>("serviceCategory", n => n.ServiceCategory);
        Nested<Ward, WardFilter>("ward", n => n.Ward!);
        Field("familiesAffected", n => n.FamiliesAffected);
        Field("severity", n => n.Severity);
        Field("source", n => n.Source);
        Field("recordedOn", n => n.RecordedOn);
        Field("isSynthetic", n => n.IsSynthetic);
    }
}
