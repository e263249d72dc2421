using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Geography;

public sealed class WardSort : SortSpec<Ward>
{
    public WardSort()
        : base("WardSortInput", w => w.Id)
    {
        Field("name", w => w.Name);
        Field("code", w => w.Code);
    }
}
