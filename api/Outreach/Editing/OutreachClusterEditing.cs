using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outreach.Editing;

/// <summary>How outreach clusters are curated: by CVS staff, with the import's rules, and a unique name.</summary>
public static class OutreachClusterEditing
{
    public static EditableKind<OutreachCluster, OutreachClusterRecord> Kind { get; } = new(
        nameof(OutreachCluster),
        (caller, _) => AccessPolicy.DemandStaff(caller),
        (db, id, ct) => db.OutreachClusters.AsTracking()
            .Include(c => c.ChildrensCentre).Include(c => c.Wards)
            .FirstOrDefaultAsync(c => c.Id == id, ct),
        OutreachClusterMapping.ToRecord,
        async (db, record, self, ct) =>
        {
            var (lookups, references) = await db.LoadLookupsAsync(ct);
            var centres = await db.ChildrensCentres.AsTracking().ToDictionaryAsync(c => c.Name, ct);
            var taken = await db.OutreachClusters.Where(c => c.Name == record.Name && c.Id != self).Select(c => c.Name).ToListAsync(ct);
            return (lookups with { ChildrensCentres = centres }, references with { ChildrensCentres = centres.Keys.ToHashSet(), OutreachClusters = taken.ToHashSet() });
        },
        Check,
        OutreachClusterMapping.Apply);

    private static void Check(ProblemList problems, OutreachClusterRecord record, DatasetReferences references)
    {
        PlaceRules.CheckCluster(problems, "input", record, references);
        if (references.OutreachClusters.Contains(record.Name))
        {
            problems.Add("input.name", ProblemCodes.Duplicate, "Another outreach cluster has this name.");
        }
    }
}
