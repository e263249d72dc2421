using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Import;

public static class DirectoryLookupsLoader
{
    /// <summary>The wards and taxonomies, tracked, for records to refer to by code (a few dozen rows).</summary>
    public static async Task<(DirectoryLookups Lookups, DatasetReferences References)> LoadLookupsAsync(this DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var lookups = new DirectoryLookups(
            await db.Wards.AsTracking().ToDictionaryAsync(w => w.Code, cancellationToken),
            await db.ServiceCategories.AsTracking().ToDictionaryAsync(s => s.Code, cancellationToken),
            await db.CapacityAreas.AsTracking().ToDictionaryAsync(c => c.Code, cancellationToken));
        var references = new DatasetReferences(
            lookups.Wards.Keys.ToHashSet(), lookups.CapacityAreas.Keys.ToHashSet(), lookups.ServiceCategories.Keys.ToHashSet(),
            new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
        return (lookups, references);
    }
}
