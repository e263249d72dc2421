using Microsoft.EntityFrameworkCore;

namespace VcsDirectory.Api.Data;

/// <summary>The current data version: one primary-key read, asked by whatever wants to use a snapshot.</summary>
public static class DataVersionReader
{
    public static Task<long> ReadAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.DataVersions.AsNoTracking().Where(v => v.Id == DataVersion.RowId).Select(v => v.Value).SingleAsync(cancellationToken);
    }
}
