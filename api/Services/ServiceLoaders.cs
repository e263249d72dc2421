using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Services;

/// <summary>The request's loaders for services and the places they are delivered: one query per relation per level.</summary>
public sealed class ServiceLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, Service?> ById { get; } = Loaders.ById(ids => db.Services.Where(s => ids.Contains(s.Id)), s => s.Id);

    public Relation<ServiceSchedule> ScheduleOf { get; } = new(ids =>
        from s in db.Services
        where ids.Contains(s.Id)
        from x in s.Schedule
        select new ParentChild<ServiceSchedule> { ParentId = s.Id, Child = x },
        pairs => pairs.OrderBy(p => p.Child.Day).ThenBy(p => p.Child.OpensAt).ThenBy(p => p.Child.ClosesAt));

    public Relation<ChildrensCentre> CentresOf { get; } = new(ids =>
        from s in db.Services
        where ids.Contains(s.Id)
        from c in s.Centres
        select new ParentChild<ChildrensCentre> { ParentId = s.Id, Child = c },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));

    public Relation<OutreachCluster> ClustersOf { get; } = new(ids =>
        from s in db.Services
        where ids.Contains(s.Id)
        from c in s.OutreachClusters
        select new ParentChild<OutreachCluster> { ParentId = s.Id, Child = c },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));

    public Relation<Ward> AreaWardsOf { get; } = new(ids =>
        from s in db.Services
        where ids.Contains(s.Id)
        from w in s.AreaWards
        select new ParentChild<Ward> { ParentId = s.Id, Child = w },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));

    public Relation<Service> OfProvider { get; } = new(ids =>
        from s in db.Services
        where ids.Contains(s.ProviderId)
        select new ParentChild<Service> { ParentId = s.ProviderId, Child = s },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));

    public Relation<Service> AtCentre { get; } = new(ids =>
        from s in db.Services
        from c in s.Centres
        where ids.Contains(c.Id)
        select new ParentChild<Service> { ParentId = c.Id, Child = s },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));

    /// <summary>A centre's required categories that no active service delivered there covers.</summary>
    public Relation<ServiceCategory> UncoveredAt { get; } = new(ids =>
        from c in db.ChildrensCentres
        where ids.Contains(c.Id)
        from category in c.Services
        where !db.Services.Any(s => s.Status == ServiceStatus.Active && s.ServiceCategoryId == category.Id && s.Centres.Any(x => x.Id == c.Id))
        select new ParentChild<ServiceCategory> { ParentId = c.Id, Child = category },
        pairs => pairs.OrderBy(p => p.Child.Name).ThenBy(p => p.Child.Id));
}
