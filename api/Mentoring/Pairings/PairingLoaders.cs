using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class PairingLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, Pairing?> ById { get; } = Loaders.ById(ids => db.MentoringPairings.Where(p => ids.Contains(p.Id)), p => p.Id);

    /// <summary>An organisation's pairings on either side, newest first.</summary>
    public BatchLoader<int, IReadOnlyList<Pairing>> OfOrganisation { get; } = Loaders.ManyByParent(ids =>
        db.MentoringPairings.Where(p => ids.Contains(p.MentorId)).Select(p => new ParentChild<Pairing>(p.MentorId, p))
            .Concat(db.MentoringPairings.Where(p => ids.Contains(p.MenteeId)).Select(p => new ParentChild<Pairing>(p.MenteeId, p)))
            .OrderByDescending(x => x.Child.Id));
}
