using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Caching;

/// <summary>
/// A short text that changes whenever the directory's data does, read with one primary-key read that every instance
/// on the same database answers alike: the data version and the database's epoch (<see cref="DataVersion"/>).
/// </summary>
/// <remarks>
/// The version moves in the transaction of every save that changes a record (<see cref="DirectoryDbContext"/>'s
/// SaveChangesAsync, which refuses the synchronous save), and the API writes no other way: no bulk update or delete
/// and no raw SQL write (<c>WritesMoveTheDataVersionTests</c> keeps it so). The epoch tells apart two databases at
/// the same version, since every database counts from the start: a directory deleted and seeded again with other
/// data gets new tags, not a stale 304. Audit entries alone do not move the version, and no document shows them.
/// Anyone who edits the database by hand moves the version too:
/// <c>UPDATE "DataVersion" SET "Value" = "Value" + 1</c>.
/// </remarks>
public static class DataFingerprint
{
    public static async Task<string> ReadAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = await db.DataVersions.AsNoTracking().Where(v => v.Id == DataVersion.RowId)
            .Select(v => new { v.Epoch, v.Value }).SingleAsync(cancellationToken);
        return $"{version.Epoch}:{version.Value}";
    }
}
