using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class PairingLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, Pairing?> ById { get; } = Loaders.ById(ids => db.MentoringPairings.Where(p => ids.Contains(p.Id)), p => p.Id);

    /// <summary>An organisation's pairings on either side, newest first.</summary>
    /// <remarks>Joined to the organisations on either side: EF Core cannot translate a UNION of entity projections.</remarks>
    public Relation<Pairing> OfOrganisation { get; } = new(
        ids =>
            from o in db.Organisations
            where ids.Contains(o.Id)
            from p in db.MentoringPairings
            where p.MentorId == o.Id || p.MenteeId == o.Id
            select new ParentChild<Pairing> { ParentId = o.Id, Child = p },
        pairs => pairs.OrderByDescending(p => p.Child.Id));
}
