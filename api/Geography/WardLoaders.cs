using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach;

namespace VcsDirectory.Api.Geography;

/// <summary>The request's loaders for wards and what lies in them.</summary>
public sealed class WardLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, Ward?> ById { get; } = Loaders.ById(ids => db.Wards.Where(w => ids.Contains(w.Id)), w => w.Id);

    public BatchLoader<int, IReadOnlyList<Organisation>> OrganisationsIn { get; } = Loaders.ManyByParent(ids =>
        from o in db.Organisations
        where o.ArchivedAt == null
        from w in o.Wards
        where ids.Contains(w.Id)
        orderby o.Name, o.Id
        select new ParentChild<Organisation>(w.Id, o));

    public BatchLoader<int, IReadOnlyList<ChildrensCentre>> CentresReaching { get; } = Loaders.ManyByParent(ids =>
        from c in db.ChildrensCentres
        from w in c.ReachWards
        where ids.Contains(w.Id)
        orderby c.Name
        select new ParentChild<ChildrensCentre>(w.Id, c));

    public BatchLoader<int, IReadOnlyList<OutreachCluster>> ClustersTouching { get; } = Loaders.ManyByParent(ids =>
        from c in db.OutreachClusters
        from w in c.Wards
        where ids.Contains(w.Id)
        orderby c.Name
        select new ParentChild<OutreachCluster>(w.Id, c));
}
