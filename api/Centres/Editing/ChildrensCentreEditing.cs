using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Centres.Editing;

/// <summary>How children's centres are edited: by CVS staff, with the import's rules, and a unique name.</summary>
public static class ChildrensCentreEditing
{
    public static EditableKind<ChildrensCentre, ChildrensCentreRecord> Kind { get; } = new(
        nameof(ChildrensCentre),
        (caller, _) => AccessPolicy.DemandStaff(caller),
        (db, id, ct) => db.ChildrensCentres.AsTracking()
            .Include(c => c.Ward).Include(c => c.Operator).Include(c => c.ReachWards).Include(c => c.Services)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct),
        ChildrensCentreMapping.ToRecord,
        async (db, record, self, ct) =>
        {
            var (lookups, references) = await db.LoadLookupsAsync(ct);
            var operatorId = record.Operator is { } key && int.TryParse(key.AsSpan("org-".Length), out var id) ? id : (int?)null;
            var operators = await db.Organisations.AsTracking().Where(o => o.Id == operatorId && o.ArchivedAt == null)
                .ToDictionaryAsync(o => DirectoryLookups.OrganisationKey(o.Id), ct);
            var otherNames = await db.ChildrensCentres.Where(c => c.Name == record.Name && c.Id != self).Select(c => c.Name).ToListAsync(ct);
            return (lookups with { Organisations = operators }, references with { Organisations = operators.Keys.ToHashSet(), ChildrensCentres = otherNames.ToHashSet() });
        },
        Check,
        ChildrensCentreMapping.Apply);

    private static void Check(ProblemList problems, ChildrensCentreRecord record, DatasetReferences references)
    {
        PlaceRules.CheckCentre(problems, "input", record, references);
        if (references.ChildrensCentres.Contains(record.Name))
        {
            problems.Add("input.name", ProblemCodes.Duplicate, "Another children's centre has this name.");
        }
    }
}
