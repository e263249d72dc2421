using VcsDirectory.Api.GraphQL.Filtering;

namespace VcsDirectory.Api.Engagement;

public sealed class ProgrammeThemeFilter : FilterSpec<ProgrammeTheme>
{
    public ProgrammeThemeFilter()
        : base("ProgrammeThemeFilterInput", "Conditions on programme themes.")
    {
        Field("name", t => t.Name);
    }
}
