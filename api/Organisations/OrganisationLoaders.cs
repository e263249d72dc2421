using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

/// <summary>The request's loaders for organisations and their relations: one query per relation per level.</summary>
public sealed class OrganisationLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, Organisation?> ById { get; } = Loaders.ById(ids => db.Organisations.Where(o => ids.Contains(o.Id)), o => o.Id);

    public BatchLoader<int, IReadOnlyList<Ward>> WardsOf { get; } = Loaders.ManyByParent(ids =>
        from o in db.Organisations
        where ids.Contains(o.Id)
        from w in o.Wards
        orderby w.Name
        select new ParentChild<Ward>(o.Id, w));

    public BatchLoader<int, IReadOnlyList<ServiceCategory>> ServicesOf { get; } = Loaders.ManyByParent(ids =>
        from o in db.Organisations
        where ids.Contains(o.Id)
        from s in o.Services
        orderby s.Name
        select new ParentChild<ServiceCategory>(o.Id, s));

    public BatchLoader<int, IReadOnlyList<OrganisationCapacity>> CapacitiesOf { get; } = Loaders.ManyByParent(ids =>
        from c in db.OrganisationCapacities.Include(c => c.CapacityArea)
        where ids.Contains(c.OrganisationId)
        orderby c.Strength descending, c.CapacityAreaId
        select new ParentChild<OrganisationCapacity>(c.OrganisationId, c));

    public BatchLoader<int, IReadOnlyList<OrganisationNeed>> NeedsOf { get; } = Loaders.ManyByParent(ids =>
        from n in db.OrganisationNeeds.Include(n => n.CapacityArea)
        where ids.Contains(n.OrganisationId)
        orderby n.Priority descending, n.CapacityAreaId
        select new ParentChild<OrganisationNeed>(n.OrganisationId, n));

    public BatchLoader<int, IReadOnlyList<ChildrensCentre>> CentresOperatedBy { get; } = Loaders.ManyByParent(ids =>
        from c in db.ChildrensCentres
        where c.OperatorId != null && ids.Contains(c.OperatorId.Value)
        orderby c.Name
        select new ParentChild<ChildrensCentre>(c.OperatorId!.Value, c));
}
