using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Jobs;

/// <summary>
/// A finished job's result, served only while the directory's data version is the one the job read: once it moves,
/// the job is stale and its result is withheld (and cleared from the database by the next sweep), since it may no
/// longer be the answer. The version is read once per request, however many jobs are asked about.
/// </summary>
public sealed class JobResults(DirectoryDbContext db)
{
    private Task<long>? _current;

    public async Task<bool> IsStaleAsync(Job job, CancellationToken cancellationToken) =>
        job.Status == JobStatus.Succeeded && job.DataVersion != await CurrentAsync(cancellationToken);

    /// <summary>The result's JSON when the job is of <paramref name="kind"/>, succeeded and is not stale; else null.</summary>
    public async Task<string?> FreshAsync(Job job, string kind, CancellationToken cancellationToken)
    {
        if (job.Kind != kind || job.Status != JobStatus.Succeeded || await IsStaleAsync(job, cancellationToken))
        {
            return null;
        }

        return await db.Jobs.Where(j => j.Id == job.Id).Select(j => j.Result).SingleOrDefaultAsync(cancellationToken);
    }

    private Task<long> CurrentAsync(CancellationToken cancellationToken) => _current ??= DataVersionReader.ReadAsync(db, cancellationToken);
}
