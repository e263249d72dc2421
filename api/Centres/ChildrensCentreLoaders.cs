using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Centres;

public sealed class ChildrensCentreLoaders(DirectoryDbContext db, ReferenceListSizes sizes)
{
    public BatchLoader<int, ChildrensCentre?> ById { get; } = Loaders.ById(ids => db.ChildrensCentres.Where(c => ids.Contains(c.Id)), c => c.Id);

    public Relation<Ward> ReachWardsOf { get; } = new(ids =>
        from c in db.ChildrensCentres
        where ids.Contains(c.Id)
        from w in c.ReachWards
        select new ParentChild<Ward> { ParentId = c.Id, Child = w },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id),
        sizes.Of<Ward>);

    public Relation<ServiceCategory> ServicesOf { get; } = new(ids =>
        from c in db.ChildrensCentres
        where ids.Contains(c.Id)
        from s in c.Services
        select new ParentChild<ServiceCategory> { ParentId = c.Id, Child = s },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id),
        sizes.Of<ServiceCategory>);

    public Relation<ChildrensCentre> OperatedBy { get; } = new(ids =>
        from c in db.ChildrensCentres
        where c.OperatorId != null && ids.Contains(c.OperatorId.Value)
        select new ParentChild<ChildrensCentre> { ParentId = c.OperatorId!.Value, Child = c },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));

    /// <summary>The centres whose reach includes each ward.</summary>
    public Relation<ChildrensCentre> Reaching { get; } = new(ids =>
        from c in db.ChildrensCentres
        from w in c.ReachWards
        where ids.Contains(w.Id)
        select new ParentChild<ChildrensCentre> { ParentId = w.Id, Child = c },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));
}
