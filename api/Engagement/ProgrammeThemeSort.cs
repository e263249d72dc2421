using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Engagement;

public sealed class ProgrammeThemeSort : SortSpec<ProgrammeTheme>
{
    public ProgrammeThemeSort()
        : base("ProgrammeThemeSortInput", t => t.Id)
    {
        Field("name", t => t.Name);
    }
}
