using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Organisations.Editing;

/// <summary>How organisations are edited: by their own coordinators or CVS staff, never once archived.</summary>
public static class OrganisationEditing
{
    public static EditableKind<Organisation, OrganisationRecord> Kind { get; } = new(
        nameof(Organisation),
        AccessPolicy.DemandActFor,
        (db, id, ct) => db.Organisations.AsTracking()
            .Include(o => o.Wards).Include(o => o.Services)
            .Include(o => o.Capacities).ThenInclude(c => c.CapacityArea)
            .Include(o => o.Needs).ThenInclude(n => n.CapacityArea)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id, ct),
        OrganisationMapping.ToRecord,
        (db, _, _, ct) => db.LoadLookupsAsync(ct),
        (problems, record, references) => OrganisationRules.CheckOne(problems, "input", record, references),
        OrganisationMapping.Apply)
    {
        Refuse = o => o.ArchivedAt is null ? null
            : Payload<Organisation>.Refused("input.id", ProblemCodes.Archived, "This organisation is archived; it cannot be changed."),
    };
}
