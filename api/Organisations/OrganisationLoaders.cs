using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Organisations;

/// <summary>The request's loaders for organisations and their relations: one query per relation per level.</summary>
public sealed class OrganisationLoaders(DirectoryDbContext db, ReferenceListSizes sizes)
{
    public BatchLoader<int, Organisation?> ById { get; } = Loaders.ById(ids => db.Organisations.Where(o => ids.Contains(o.Id)), o => o.Id);

    public Relation<Ward> WardsOf { get; } = new(ids =>
        from o in db.Organisations
        where ids.Contains(o.Id)
        from w in o.Wards
        select new ParentChild<Ward> { ParentId = o.Id, Child = w },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id),
        sizes.Of<Ward>);

    public Relation<ServiceCategory> ServicesOf { get; } = new(ids =>
        from o in db.Organisations
        where ids.Contains(o.Id)
        from s in o.Services
        select new ParentChild<ServiceCategory> { ParentId = o.Id, Child = s },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id),
        sizes.Of<ServiceCategory>);

    public Relation<OrganisationCapacity> CapacitiesOf { get; } = new(ids =>
        from c in db.OrganisationCapacities.Include(c => c.CapacityArea)
        where ids.Contains(c.OrganisationId)
        select new ParentChild<OrganisationCapacity> { ParentId = c.OrganisationId, Child = c },
        pairs => pairs.OrderByDescending(p => p.Child.Strength).ThenBy(p => p.Child.CapacityAreaId));

    public Relation<OrganisationNeed> NeedsOf { get; } = new(ids =>
        from n in db.OrganisationNeeds.Include(n => n.CapacityArea)
        where ids.Contains(n.OrganisationId)
        select new ParentChild<OrganisationNeed> { ParentId = n.OrganisationId, Child = n },
        pairs => pairs.OrderByDescending(p => p.Child.Priority).ThenBy(p => p.Child.CapacityAreaId));

    /// <summary>
    /// A ward's listed organisations. Many wards' lists are read from their links; one ward's page (its branch) walks
    /// the organisations in the list's order and asks the link table (its key, organisation then ward) whether each
    /// serves the ward, so both engines stop at the page's end instead of sorting every organisation of the ward
    /// (SQLite sorted them even with statistics; a join through Wards inside the test made PostgreSQL sort them too).
    /// The unfiltered total is the count the database keeps (<see cref="WardOrganisationCount"/>).
    /// </summary>
    public Relation<Organisation> InWard { get; } = new(ids =>
        from o in db.Organisations
        where o.ArchivedAt == null
        from w in o.Wards
        where ids.Contains(w.Id)
        select new ParentChild<Organisation> { ParentId = w.Id, Child = o },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id),
        ofOne: ward =>
            from w in db.Wards
            where w.Id == ward
            from o in db.Organisations
            where o.ArchivedAt == null && db.Set<Dictionary<string, object>>(OrganisationConfiguration.WardLinks)
                .Any(l => EF.Property<int>(l, "OrganisationId") == o.Id && EF.Property<int>(l, "WardsId") == w.Id)
            select new ParentChild<Organisation> { ParentId = w.Id, Child = o },
        counted: ids =>
            from c in db.Set<WardOrganisationCount>()
            where ids.Contains(c.WardId)
            select new ParentCount { ParentId = c.WardId, Count = c.Organisations });
}
