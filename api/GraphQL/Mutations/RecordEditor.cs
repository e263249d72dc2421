using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>
/// Every edit goes the same way: who may (before any database work), does the record exist, is the
/// version current, is the whole new record valid (the import's own rules), then one save with its
/// audit entry, refused as STALE if another save came first.
/// </summary>
public sealed class RecordEditor(DirectoryDbContext db, AuditRecorder audit)
{
    public async Task<Payload<TEntity>> CreateAsync<TEntity, TRecord>(
        EditableKind<TEntity, TRecord> kind, DirectoryCaller caller, TRecord record, TEntity entity, string action, CancellationToken cancellationToken)
        where TEntity : class, IVersioned
    {
        AccessPolicy.DemandStaff(caller);
        var (lookups, references) = await kind.Lookups(db, record, null, cancellationToken);
        var problems = new ProblemList();
        kind.Check(problems, record, references);
        if (problems.All.Count > 0)
        {
            return Payload<TEntity>.Refused(problems.All.Select(UserError.From));
        }

        kind.Apply(record, entity, lookups);
        await audit.SaveNewAsync(caller, action, kind.TypeName, entity, cancellationToken);
        return Payload<TEntity>.Success(entity);
    }

    public async Task<Payload<TEntity>> EditAsync<TEntity, TRecord>(
        EditableKind<TEntity, TRecord> kind,
        DirectoryCaller caller,
        IDictionary<string, object?> input,
        string action,
        Func<TRecord, TRecord> change,
        CancellationToken cancellationToken,
        Action<TEntity>? touch = null)
        where TEntity : class, IVersioned
    {
        var id = GlobalId.DecodeFor(input.Value<string>("id"), kind.TypeName, "input.id");
        kind.Demand(caller, id);
        var entity = await kind.Load(db, id, cancellationToken);
        if (entity is null)
        {
            return Payload<TEntity>.Refused("input.id", ProblemCodes.NotFound, $"No {kind.TypeName} has this id.");
        }

        var version = input.Value<int>("version");
        var refusal = kind.Refuse(entity) ?? (entity.Version != version ? Stale<TEntity>(kind.TypeName, entity.Version, version) : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var record = change(kind.ToRecord(entity));
        var (lookups, references) = await kind.Lookups(db, record, id, cancellationToken);
        var problems = new ProblemList();
        kind.Check(problems, record, references);
        if (problems.All.Count > 0)
        {
            return Payload<TEntity>.Refused(problems.All.Select(UserError.From));
        }

        kind.Apply(record, entity, lookups);
        touch?.Invoke(entity);
        entity.Version++;
        audit.Record(caller, action, kind.TypeName, entity.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request saved between our read and our write: ours must not overwrite it.
            return Stale<TEntity>(kind.TypeName, version + 1, version);
        }

        return Payload<TEntity>.Success(entity);
    }

    private static Payload<TEntity> Stale<TEntity>(string typeName, int current, int given)
        where TEntity : class => Payload<TEntity>.Refused(
            "input.version", ProblemCodes.Stale,
            $"The {typeName} changed since version {given} (it is now at {current} or later): reload it and apply your change again.");
}
