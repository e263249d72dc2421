using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Audit;

/// <summary>
/// Turns what the change tracker is about to save into one audit entry, added to the same save so the
/// change and its record commit together or not at all.
/// </summary>
public sealed class AuditRecorder(DirectoryDbContext db, TimeProvider clock)
{
    public AuditEntry Record(DirectoryCaller caller, string action, string entityType, int entityId) => Record(caller, action, entityType, entityId, _ => true);

    /// <summary>
    /// One entry for some of the pending changes, where one save holds several records' edits (an import's chunk of
    /// rows): <paramref name="belongs"/> says which changed entries are this record's.
    /// </summary>
    public AuditEntry Record(DirectoryCaller caller, string action, string entityType, int entityId, Func<EntityEntry, bool> belongs)
    {
        db.ChangeTracker.DetectChanges();
        var changes = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .Where(belongs)
            .Select(Describe)
            .ToList();
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = caller.Actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Changes = JsonSerializer.Serialize(changes),
        };
        db.Add(entry);
        return entry;
    }

    /// <summary>
    /// Adds a new record with its audit entry in one transaction: the record is saved first so the entry can name
    /// its id, and neither is kept unless both are.
    /// </summary>
    public async Task SaveNewAsync(DirectoryCaller caller, string action, string entityType, IVersioned entity, CancellationToken cancellationToken)
    {
        db.Add(entity);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = Record(caller, action, entityType, 0);
        await db.SaveChangesAsync(cancellationToken);
        entry.EntityId = entity.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Adds new records with one audit entry each (naming its record and holding only its values), in one transaction:
    /// all are kept with their entries or none is.
    /// </summary>
    public async Task SaveNewAllAsync<T>(DirectoryCaller caller, string action, string entityType, IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changes = entities.Select(entity => JsonSerializer.Serialize(new[] { Describe(db.Add(entity)) })).ToList();
        await db.SaveChangesAsync(cancellationToken);
        var at = clock.GetUtcNow().UtcDateTime;
        db.AddRange(entities.Select((entity, i) => new AuditEntry
        {
            At = at, Actor = caller.Actor, Action = action, EntityType = entityType, EntityId = entity.Id, Changes = changes[i],
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Dictionary<string, object?> Describe(EntityEntry entry)
    {
        var properties = entry.Properties
            .Where(p => entry.State != EntityState.Modified || p.IsModified)
            .ToDictionary(
                p => p.Metadata.Name,
                p => (object?)(entry.State switch
                {
                    EntityState.Added => new[] { null, Text(p.CurrentValue) },
                    EntityState.Deleted => [Text(p.OriginalValue), null],
                    _ => [Text(p.OriginalValue), Text(p.CurrentValue)],
                }));
        return new Dictionary<string, object?>
        {
            ["table"] = entry.Metadata.GetTableName() ?? entry.Metadata.ShortName(),
            ["state"] = entry.State.ToString(),
            ["values"] = properties,
        };
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
