using Microsoft.EntityFrameworkCore;

namespace VcsDirectory.Api.Data;

/// <summary>
/// Planner statistics after a bulk load. PostgreSQL has none until autovacuum comes round (a minute or more), and
/// without them it plans a ward's page by sorting all the ward's organisations: 250 ms, not 20, at 10,000.
/// </summary>
/// <remarks>ANALYZE writes no directory data, so it moves no data version (<c>WritesMoveTheDataVersionTests</c> allows this file).</remarks>
internal static class DatabaseStatistics
{
    public static async Task RefreshAsync(DirectoryDbContext db)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }
}
