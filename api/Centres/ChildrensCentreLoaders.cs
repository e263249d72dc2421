using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Centres;

public sealed class ChildrensCentreLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, ChildrensCentre?> ById { get; } = Loaders.ById(ids => db.ChildrensCentres.Where(c => ids.Contains(c.Id)), c => c.Id);

    public Relation<Ward> ReachWardsOf { get; } = new(ids =>
        from c in db.ChildrensCentres
        where ids.Contains(c.Id)
        from w in c.ReachWards
        orderby w.Name
        select new ParentChild<Ward> { ParentId = c.Id, Child = w });

    public Relation<ServiceCategory> ServicesOf { get; } = new(ids =>
        from c in db.ChildrensCentres
        where ids.Contains(c.Id)
        from s in c.Services
        orderby s.Name
        select new ParentChild<ServiceCategory> { ParentId = c.Id, Child = s });

    public Relation<ChildrensCentre> OperatedBy { get; } = new(ids =>
        from c in db.ChildrensCentres
        where c.OperatorId != null && ids.Contains(c.OperatorId.Value)
        orderby c.Name
        select new ParentChild<ChildrensCentre> { ParentId = c.OperatorId!.Value, Child = c });

    /// <summary>The centres whose reach includes each ward.</summary>
    public Relation<ChildrensCentre> Reaching { get; } = new(ids =>
        from c in db.ChildrensCentres
        from w in c.ReachWards
        where ids.Contains(w.Id)
        orderby c.Name
        select new ParentChild<ChildrensCentre> { ParentId = w.Id, Child = c });
}
