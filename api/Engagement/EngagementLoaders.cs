using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Engagement.Proposals;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Engagement;

public sealed class EngagementLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, EngagementEvent?> EventById { get; } = Loaders.ById(ids => db.EngagementEvents.Where(e => ids.Contains(e.Id)), e => e.Id);

    public BatchLoader<int, ProgrammeTheme?> ThemeById { get; } = Loaders.ById(ids => db.ProgrammeThemes.Where(t => ids.Contains(t.Id)), t => t.Id);

    public BatchLoader<int, Proposal?> ProposalById { get; } = Loaders.ById(ids => db.Proposals.Where(p => ids.Contains(p.Id)), p => p.Id);

    public BatchLoader<int, IReadOnlyList<Proposal>> ProposalsOf { get; } = Loaders.ManyByParent(ids =>
        from p in db.Proposals
        where ids.Contains(p.ThemeId)
        orderby p.Position, p.Id
        select new ParentChild<Proposal> { ParentId = p.ThemeId, Child = p });

    public BatchLoader<int, IReadOnlyList<ChildrensCentre>> CentresOf { get; } = Loaders.ManyByParent(ids =>
        from e in db.EngagementEvents
        where ids.Contains(e.Id)
        from c in e.Centres
        orderby c.Name
        select new ParentChild<ChildrensCentre> { ParentId = e.Id, Child = c });

    public BatchLoader<int, IReadOnlyList<ProgrammeTheme>> ThemesOf { get; } = Loaders.ManyByParent(ids =>
        from e in db.EngagementEvents
        where ids.Contains(e.Id)
        from t in e.Themes
        orderby t.Id
        select new ParentChild<ProgrammeTheme> { ParentId = e.Id, Child = t });
}
