using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Services;

public sealed class ServiceFilter : FilterSpec<Service>
{
    public ServiceFilter()
        : base("ServiceFilterInput", "Conditions on services; all given fields must hold.")
    {
        Field("name", s => s.Name);
        Field("status", s => s.Status);
        Field("minimumAgeMonths", s => s.MinimumAgeMonths);
        Field("maximumAgeMonths", s => s.MaximumAgeMonths);
        Field("isFree", s => s.IsFree);
        Field("isSynthetic", s => s.IsSynthetic);
        Field("lastReviewedOn", s => s.LastReviewedOn);
        Nested<ServiceCategory, ServiceCategoryFilter>("category", s => s.ServiceCategory);
        List<ChildrensCentre, ChildrensCentreFilter>("deliveredAt", s => s.Centres, "The centres it is delivered at.");
        List<Ward, WardFilter>("areaWards", s => s.AreaWards, "The wards it covers.");
    }
}
