using VcsDirectory.Api.GraphQL.Filtering;

namespace VcsDirectory.Api.Geography;

public sealed class WardFilter : FilterSpec<Ward>
{
    public WardFilter()
        : base("WardFilterInput", "Conditions on wards; all given fields must hold.")
    {
        Field("name", w => w.Name);
        Field("code", w => w.Code);
    }
}
