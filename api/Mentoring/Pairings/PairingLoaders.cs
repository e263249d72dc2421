using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class PairingLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, Pairing?> ById { get; } = Loaders.ById(ids => db.MentoringPairings.Where(p => ids.Contains(p.Id)), p => p.Id);

    /// <summary>An organisation's pairings on either side, newest first.</summary>
    /// <remarks>One query for either side, split by organisation in memory: EF Core cannot translate a UNION of entity projections.</remarks>
    public BatchLoader<int, IReadOnlyList<Pairing>> OfOrganisation { get; } = new(
        async (ids, cancellationToken) =>
        {
            var pairings = await db.MentoringPairings.Where(p => ids.Contains(p.MentorId) || ids.Contains(p.MenteeId))
                .OrderByDescending(p => p.Id).ToListAsync(cancellationToken);
            return ids.Distinct().ToDictionary(id => id, id => (IReadOnlyList<Pairing>)pairings.Where(p => p.MentorId == id || p.MenteeId == id).ToList());
        },
        missing: []);
}
