using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>
/// The one editing path (see <see cref="EditableRecord{TEntity}"/>): authorise → load what the edit touches → check the
/// version → apply → validate → audit → save, refused as STALE if another save came first; nothing written on refusal.
/// </summary>
public sealed class RecordEditor(DirectoryDbContext db, AuditRecorder audit, TimeProvider clock, IServiceProvider services)
{
    public async Task<Payload<TEntity>> EditAsync<TEntity, TInput>(
        EditableRecord<TEntity> kind, RecordEdit<TEntity, TInput> edit, DirectoryCaller caller, TInput input, CancellationToken cancellationToken)
        where TEntity : class, IVersioned
        where TInput : EditInput
    {
        var id = GlobalId.DecodeFor(input.Id, kind.TypeName, "input.id");
        Authorise(kind, edit, caller, input, id);
        var record = await edit.Touches(kind.Records(db).AsTracking(), input).FirstOrDefaultAsync(r => EF.Property<int>(r, nameof(IVersioned.Id)) == id, cancellationToken);
        if (record is null)
        {
            return Payload<TEntity>.Refused("input.id", ProblemCodes.NotFound, $"No {kind.Noun} has this id.");
        }

        edit.AuthoriseLoaded?.Invoke(caller, record);
        if (kind.Refuse(record) is { } refusal)
        {
            return Payload<TEntity>.Refused([refusal]);
        }

        if (record.Version != input.Version)
        {
            return Stale<TEntity>(kind, record.Version, input.Version);
        }

        var problems = await ApplyAndValidateAsync(kind, edit, caller, input, record, cancellationToken);
        if (problems is not null)
        {
            return problems;
        }

        record.Version++;
        audit.Record(caller, edit.Action, kind.TypeName, record.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request saved between our read and our write: ours must not overwrite it.
            return Stale<TEntity>(kind, input.Version + 1, input.Version);
        }

        return Payload<TEntity>.Success(record);
    }

    public async Task<Payload<TEntity>> CreateAsync<TEntity, TInput>(
        EditableRecord<TEntity> kind, RecordEdit<TEntity, TInput> edit, DirectoryCaller caller, TInput input, TEntity record, CancellationToken cancellationToken)
        where TEntity : class, IVersioned
    {
        Authorise(kind, edit, caller, input, id: null);
        var problems = await ApplyAndValidateAsync(kind, edit, caller, input, record, cancellationToken);
        if (problems is not null)
        {
            return problems;
        }

        await audit.SaveNewAsync(caller, edit.Action, kind.TypeName, record, cancellationToken);
        return Payload<TEntity>.Success(record);
    }

    /// <summary>
    /// Creates every record a <see cref="RecordBatchEdit{TEntity, TInput}"/> builds, each checked with the kind's rules at its
    /// item's path and audited with an entry of its own, in one transaction: all are saved or none is.
    /// </summary>
    public async Task<Payload<IReadOnlyList<TEntity>>> CreateAllAsync<TEntity, TInput>(
        EditableRecord<TEntity> kind, RecordBatchEdit<TEntity, TInput> edit, DirectoryCaller caller, TInput input, CancellationToken cancellationToken)
        where TEntity : class, IVersioned
    {
        if (edit.Authorise is { } authorise)
        {
            authorise(caller, input);
        }
        else
        {
            kind.Authorise(caller, null);
        }

        var scope = new EditScope(db, caller, clock, services, cancellationToken);
        var records = await edit.Apply(scope, input);
        for (var i = 0; i < records.Count; i++)
        {
            // The kind's rules name paths from "input"; each record is one item of the input's list.
            var own = new ProblemList();
            kind.Validate(own, records[i]);
            foreach (var problem in own.All)
            {
                scope.Problems.Add($"input.{edit.ItemsField}[{i}]{problem.Path["input".Length..]}", problem.Code, problem.Message);
            }
        }

        if (scope.Problems.All.Count > 0)
        {
            return Payload<IReadOnlyList<TEntity>>.Refused(scope.Problems.All.Select(UserError.From));
        }

        await audit.SaveNewAllAsync(caller, edit.Action, kind.TypeName, records, cancellationToken);
        return Payload<IReadOnlyList<TEntity>>.Success(records);
    }

    private static void Authorise<TEntity, TInput>(EditableRecord<TEntity> kind, RecordEdit<TEntity, TInput> edit, DirectoryCaller caller, TInput input, int? id)
        where TEntity : class, IVersioned
    {
        if (edit.Authorise is { } authorise)
        {
            authorise(caller, input);
        }
        else
        {
            kind.Authorise(caller, id);
        }
    }

    private async Task<Payload<TEntity>?> ApplyAndValidateAsync<TEntity, TInput>(
        EditableRecord<TEntity> kind, RecordEdit<TEntity, TInput> edit, DirectoryCaller caller, TInput input, TEntity record, CancellationToken cancellationToken)
        where TEntity : class, IVersioned
    {
        var scope = new EditScope(db, caller, clock, services, cancellationToken);
        await edit.Apply(scope, record, input);
        kind.Validate(scope.Problems, record);
        if (scope.Problems.All.Count == 0)
        {
            return null;
        }

        // The refused changes sit on tracked entities: forget them, or a later save in this request would write them.
        db.ChangeTracker.Clear();
        return Payload<TEntity>.Refused(scope.Problems.All.Select(UserError.From));
    }

    private static Payload<TEntity> Stale<TEntity>(EditableRecord<TEntity> kind, int current, int given)
        where TEntity : class, IVersioned => Payload<TEntity>.Refused(
            "input.version", ProblemCodes.Stale,
            $"The {kind.Noun} changed since version {given} (it is now at {current} or later): reload it and apply your change again.");
}
