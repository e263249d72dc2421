using GraphQL.Types;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Engagement;

public static class EngagementQueries
{
    public static void AddEngagementQueries(this ObjectGraphType query)
    {
        query.RootConnection<EngagementEventType, EngagementEvent, EngagementEventFilter, EngagementEventSort>(
            "engagementEvents", "The Poole programme's engagement events (real, from the report).",
            ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().EngagementEvents);
        query.RootConnection<ProgrammeThemeType, ProgrammeTheme, ProgrammeThemeFilter, ProgrammeThemeSort>(
            "programmeThemes", "The four themes that emerged from the engagement, with the partners' proposals (real, from the report).",
            ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().ProgrammeThemes);
    }
}
