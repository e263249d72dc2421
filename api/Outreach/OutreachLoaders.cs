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
        select new ParentChild<Ward> { ParentId = c.Id, Child = w },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));

    public Relation<IdentifiedNeed> NeedsOf { get; } = new(ids =>
        from n in db.IdentifiedNeeds
        where n.OutreachClusterId != null && ids.Contains(n.OutreachClusterId.Value)
        select new ParentChild<IdentifiedNeed> { ParentId = n.OutreachClusterId!.Value, Child = n },
        pairs => pairs.OrderByDescending(p => p.Child.Severity).ThenByDescending(p => p.Child.FamiliesAffected).ThenBy(p => p.Child.Id));

    /// <summary>The clusters linked to each centre.</summary>
    public Relation<OutreachCluster> OfCentre { get; } = new(ids =>
        from o in db.OutreachClusters
        where o.ChildrensCentreId != null && ids.Contains(o.ChildrensCentreId.Value)
        select new ParentChild<OutreachCluster> { ParentId = o.ChildrensCentreId!.Value, Child = o },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));

    /// <summary>The clusters that touch each ward.</summary>
    public Relation<OutreachCluster> Touching { get; } = new(ids =>
        from c in db.OutreachClusters
        from w in c.Wards
        where ids.Contains(w.Id)
        select new ParentChild<OutreachCluster> { ParentId = w.Id, Child = c },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));
}
