using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Consortia.Records;

/// <summary>The request's loaders for consortia: one query per relation per level.</summary>
public sealed class ConsortiumLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, Consortium?> ById { get; } = Loaders.ById(ids => db.Consortia.Where(c => ids.Contains(c.Id)), c => c.Id);

    /// <summary>Everyone invited to each consortium, the lead first, then by invitation.</summary>
    public Relation<ConsortiumMembership> MembersOf { get; } = new(ids =>
        from c in db.Consortia
        where ids.Contains(c.Id)
        from m in c.Members
        select new ParentChild<ConsortiumMembership> { ParentId = c.Id, Child = m },
        pairs => pairs.OrderBy(p => p.Child.Role).ThenBy(p => p.Child.InvitedAt).ThenBy(p => p.Child.OrganisationId));

    /// <summary>The consortia for each centre, newest first.</summary>
    public Relation<Consortium> ForCentre { get; } = new(ids =>
        from c in db.Consortia
        where ids.Contains(c.CentreId)
        select new ParentChild<Consortium> { ParentId = c.CentreId, Child = c },
        pairs => pairs.OrderByDescending(p => p.Child.Id));

    /// <summary>The consortia each organisation was ever invited to (any invitation state), newest first.</summary>
    public Relation<Consortium> OfOrganisation { get; } = new(ids =>
        from c in db.Consortia
        from m in c.Members
        where ids.Contains(m.OrganisationId)
        select new ParentChild<Consortium> { ParentId = m.OrganisationId, Child = c },
        pairs => pairs.OrderByDescending(p => p.Child.Id));
}
