using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Organisations.Editing;

/// <summary>
/// Every change to an organisation goes the same way: who may, does it exist, is the version current,
/// is the whole new record valid (the import's own rules), then one save with its audit entry.
/// </summary>
public sealed class OrganisationEditor(DirectoryDbContext db, AuditRecorder audit, TimeProvider clock)
{
    public async Task<Payload<Organisation>> CreateAsync(DirectoryCaller caller, OrganisationRecord record, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandStaff(caller);
        var (lookups, references) = await db.LoadLookupsAsync(cancellationToken);
        var problems = new ProblemList();
        OrganisationRules.CheckOne(problems, "input", record, references);
        if (problems.All.Count > 0)
        {
            return Payload<Organisation>.Refused(problems.All.Select(UserError.From));
        }

        var organisation = new Organisation { Name = record.Name, LastReviewedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        OrganisationMapping.Apply(record with { LastReviewedOn = organisation.LastReviewedOn }, organisation, lookups);
        db.Add(organisation);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = audit.Record(caller, "createOrganisation", nameof(Organisation), 0);
        await db.SaveChangesAsync(cancellationToken);
        entry.EntityId = organisation.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Payload<Organisation>.Success(organisation);
    }

    public async Task<Payload<Organisation>> EditAsync(
        DirectoryCaller caller,
        IDictionary<string, object?> input,
        string action,
        Func<OrganisationRecord, OrganisationRecord> change,
        CancellationToken cancellationToken)
    {
        var id = GlobalId.DecodeFor(input.Value<string>("id"), nameof(Organisation), "input.id");
        AccessPolicy.DemandActFor(caller, id);
        var organisation = await db.Organisations.AsTracking()
            .Include(o => o.Wards).Include(o => o.Services)
            .Include(o => o.Capacities).ThenInclude(c => c.CapacityArea)
            .Include(o => o.Needs).ThenInclude(n => n.CapacityArea)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        var refusal = Check(organisation, input.Value<int>("version"));
        if (refusal is not null)
        {
            return refusal;
        }

        var (lookups, references) = await db.LoadLookupsAsync(cancellationToken);
        var record = change(OrganisationMapping.ToRecord(organisation!));
        var problems = new ProblemList();
        OrganisationRules.CheckOne(problems, "input", record, references);
        if (problems.All.Count > 0)
        {
            return Payload<Organisation>.Refused(problems.All.Select(UserError.From));
        }

        OrganisationMapping.Apply(record, organisation!, lookups);
        return await SaveAsync(caller, action, organisation!, cancellationToken);
    }

    public async Task<Payload<Organisation>> ArchiveAsync(DirectoryCaller caller, IDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        var id = GlobalId.DecodeFor(input.Value<string>("id"), nameof(Organisation), "input.id");
        AccessPolicy.DemandActFor(caller, id);
        var organisation = await db.Organisations.AsTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        var refusal = Check(organisation, input.Value<int>("version"));
        var reason = input.Value<string>("reason");
        if (refusal is not null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return Payload<Organisation>.Refused("input.reason", ProblemCodes.Required, "Give a reason of 1 to 500 characters.");
        }

        (organisation!.ArchivedAt, organisation.ArchiveReason) = (clock.GetUtcNow().UtcDateTime, reason);
        return await SaveAsync(caller, "archiveOrganisation", organisation, cancellationToken);
    }

    private static Payload<Organisation>? Check(Organisation? organisation, int version) => organisation switch
    {
        null => Payload<Organisation>.Refused("input.id", ProblemCodes.NotFound, "No organisation has this id."),
        { ArchivedAt: not null } => Payload<Organisation>.Refused("input.id", ProblemCodes.Archived, "This organisation is archived; it cannot be changed."),
        _ when organisation.Version != version => Stale(organisation.Version, version),
        _ => null,
    };

    private static Payload<Organisation> Stale(int current, int given) => Payload<Organisation>.Refused(
        "input.version", ProblemCodes.Stale,
        $"The organisation changed since version {given} (it is now at {current}): reload it and apply your change again.");

    private async Task<Payload<Organisation>> SaveAsync(DirectoryCaller caller, string action, Organisation organisation, CancellationToken cancellationToken)
    {
        organisation.Version++;
        audit.Record(caller, action, nameof(Organisation), organisation.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request saved between our read and our write: ours must not overwrite it.
            return Stale(organisation.Version, organisation.Version - 1);
        }

        return Payload<Organisation>.Success(organisation);
    }
}
