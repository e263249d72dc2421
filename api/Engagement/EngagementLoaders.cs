using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Engagement;

public sealed class EngagementLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, EngagementEvent?> EventById { get; } = Loaders.ById(ids => db.EngagementEvents.Where(e => ids.Contains(e.Id)), e => e.Id);

    public BatchLoader<int, ProgrammeTheme?> ThemeById { get; } = Loaders.ById(ids => db.ProgrammeThemes.Where(t => ids.Contains(t.Id)), t => t.Id);
}
