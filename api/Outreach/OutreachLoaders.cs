using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Outreach;

public sealed class OutreachLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, OutreachCluster?> ClusterById { get; } = Loaders.ById(ids => db.OutreachClusters.Where(c => ids.Contains(c.Id)), c => c.Id);

    public BatchLoader<int, IdentifiedNeed?> NeedById { get; } = Loaders.ById(ids => db.IdentifiedNeeds.Where(n => ids.Contains(n.Id)), n => n.Id);

    public Relation<Ward> WardsOf { get; } = new(ids =>
        from c in db.OutreachClusters
        where ids.Contains(c.Id)
        from w in c.Wards
        orderby w.Name
        select new ParentChild<Ward> { ParentId = c.Id, Child = w });

    public Relation<IdentifiedNeed> NeedsOf { get; } = new(ids =>
        from n in db.IdentifiedNeeds
        where n.OutreachClusterId != null && ids.Contains(n.OutreachClusterId.Value)
        orderby n.Severity descending, n.FamiliesAffected descending, n.Id
        select new ParentChild<IdentifiedNeed> { ParentId = n.OutreachClusterId!.Value, Child = n });

    /// <summary>The clusters linked to each centre.</summary>
    public Relation<OutreachCluster> OfCentre { get; } = new(ids =>
        from o in db.OutreachClusters
        where o.ChildrensCentreId != null && ids.Contains(o.ChildrensCentreId.Value)
        orderby o.Name
        select new ParentChild<OutreachCluster> { ParentId = o.ChildrensCentreId!.Value, Child = o });

    /// <summary>The clusters that touch each ward.</summary>
    public Relation<OutreachCluster> Touching { get; } = new(ids =>
        from c in db.OutreachClusters
        from w in c.Wards
        where ids.Contains(w.Id)
        orderby c.Name
        select new ParentChild<OutreachCluster> { ParentId = w.Id, Child = c });
}
