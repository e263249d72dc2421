using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Centres;

public sealed class ChildrensCentreLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, ChildrensCentre?> ById { get; } = Loaders.ById(ids => db.ChildrensCentres.Where(c => ids.Contains(c.Id)), c => c.Id);

    public BatchLoader<int, IReadOnlyList<Ward>> ReachWardsOf { get; } = Loaders.ManyByParent(ids =>
        from c in db.ChildrensCentres
        where ids.Contains(c.Id)
        from w in c.ReachWards
        orderby w.Name
        select new ParentChild<Ward>(c.Id, w));

    public BatchLoader<int, IReadOnlyList<ServiceCategory>> ServicesOf { get; } = Loaders.ManyByParent(ids =>
        from c in db.ChildrensCentres
        where ids.Contains(c.Id)
        from s in c.Services
        orderby s.Name
        select new ParentChild<ServiceCategory>(c.Id, s));

    public BatchLoader<int, IReadOnlyList<OutreachCluster>> ClustersOf { get; } = Loaders.ManyByParent(ids =>
        from o in db.OutreachClusters
        where o.ChildrensCentreId != null && ids.Contains(o.ChildrensCentreId.Value)
        orderby o.Name
        select new ParentChild<OutreachCluster>(o.ChildrensCentreId!.Value, o));
}
