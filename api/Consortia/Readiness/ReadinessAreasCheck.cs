using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>Fails the start when an aim in <c>Consortia:Readiness</c> names a capacity area the directory's taxonomy does not hold.</summary>
/// <remarks>An empty taxonomy (a directory not yet imported into) has nothing to check against, so the check waits for the next start.</remarks>
public sealed class ReadinessAreasCheck(IOptions<ReadinessRequirements> requirements) : IDatabaseReadyCheck
{
    public async Task CheckAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var codes = await db.CapacityAreas.Select(a => a.Code).ToListAsync(cancellationToken);
        if (codes.Count > 0)
        {
            requirements.Value.ValidateAgainst(codes);
        }
    }
}
