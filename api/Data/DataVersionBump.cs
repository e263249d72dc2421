using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using VcsDirectory.Api.Audit;

namespace VcsDirectory.Api.Data;

/// <summary>
/// Moves the data version inside the transaction of a save that changes directory data, so the version and the
/// data commit together: a reader that sees version v sees at least the data of v.
/// </summary>
/// <remarks>
/// One atomic <c>UPDATE … SET Value = Value + 1</c>, never a read and a write: two concurrent saves must move it
/// twice, or a snapshot taken between them would be kept under a version the second save did not change. Audit
/// entries alone do not move it (they change nothing a snapshot reads), nor do records outside the
/// directory's data (<see cref="IOutsideDataVersion"/>: jobs). Any other record type does, including ones
/// added later, so no feature has to remember it.
/// </remarks>
internal static class DataVersionBump
{
    public static bool IsNeeded(ChangeTracker changes) =>
        changes.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                                   && e.Entity is not AuditEntry and not DataVersion and not IOutsideDataVersion);

    public static Task<int> ApplyAsync(DirectoryDbContext db, CancellationToken cancellationToken) =>
        db.DataVersions.Where(v => v.Id == DataVersion.RowId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Value, v => v.Value + 1), cancellationToken);
}
