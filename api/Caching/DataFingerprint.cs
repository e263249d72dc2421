using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Caching;

/// <summary>
/// A short text that changes whenever the directory's data does, read in one cheap statement that every instance on
/// the same database answers alike: the latest audit entry's id, and for every table its row count and highest key.
/// </summary>
/// <remarks>
/// Why these: every write through the API adds an audit entry in the same transaction (<see cref="AuditRecorder"/>),
/// so the latest audit id moves with every committed edit, and it is an index lookup. The only writes without an
/// entry are the import of a dataset into an empty directory and whatever an operator does by hand; the counts and
/// highest keys (index lookups, and counts of tables of thousands of rows) tell those apart too, even when the audit
/// table is empty both times. Versions are not used: a row's version says that row changed, and summing them would
/// read every row. One fingerprint for the whole directory: writes are rare next to reads, so a write that rebuilds
/// every cached document costs little, and no document has to declare what it reads.
/// </remarks>
public sealed class DataFingerprint
{
    private readonly ConcurrentDictionary<string, string> _sqlByProvider = new();

    public async Task<string> ReadAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var sql = _sqlByProvider.GetOrAdd(db.Database.ProviderName ?? "", _ => Statement(db));
        return await db.Database.SqlQueryRaw<string>(sql).SingleAsync(cancellationToken);
    }

    /// <summary>SELECT audit max || ',' || count(T1) || ',' || max(T1.key) … AS "Value", quoted for the engine.</summary>
    private static string Statement(DirectoryDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var parts = new List<string>();
        foreach (var table in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.FindOwnership() is null && !typeof(IOutsideDataVersion).IsAssignableFrom(e.ClrType))
                     .GroupBy(e => (Name: e.GetTableName()!, Schema: e.GetSchema())).OrderBy(t => t.Key.Name, StringComparer.Ordinal))
        {
            var name = sql.DelimitIdentifier(table.Key.Name, table.Key.Schema);
            parts.Add($"(SELECT COUNT(*) FROM {name})");
            if (table.First().FindPrimaryKey()?.Properties is [{ } key] && key.ClrType == typeof(int))
            {
                var column = key.GetColumnName(StoreObjectIdentifier.Table(table.Key.Name, table.Key.Schema));
                parts.Add($"COALESCE((SELECT MAX({sql.DelimitIdentifier(column!)}) FROM {name}), 0)");
            }
        }

        return $"SELECT {string.Join(" || ',' || ", parts)} AS {sql.DelimitIdentifier("Value")}";
    }
}
