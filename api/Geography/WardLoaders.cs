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

    public Relation<Organisation> OrganisationsIn { get; } = new(ids =>
        from o in db.Organisations
        where o.ArchivedAt == null
        from w in o.Wards
        where ids.Contains(w.Id)
        select new ParentChild<Organisation> { ParentId = w.Id, Child = o },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));

    public Relation<ChildrensCentre> CentresReaching { get; } = new(ids =>
        from c in db.ChildrensCentres
        from w in c.ReachWards
        where ids.Contains(w.Id)
        select new ParentChild<ChildrensCentre> { ParentId = w.Id, Child = c },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));

    public Relation<OutreachCluster> ClustersTouching { get; } = new(ids =>
        from c in db.OutreachClusters
        from w in c.Wards
        where ids.Contains(w.Id)
        select new ParentChild<OutreachCluster> { ParentId = w.Id, Child = c },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));
}
