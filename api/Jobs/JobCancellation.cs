using GraphQL;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Jobs;

/// <summary>
/// cancelJob's steps: find the job the caller may see, refuse a finished one, mark it (CANCELLED if still queued,
/// cancelRequested if running), audit, save. The worker's heartbeat moves the version meanwhile, so a lost race is
/// read again and retried rather than refused as stale: the caller named no version.
/// </summary>
public sealed class JobCancellation(DirectoryDbContext db, AuditRecorder audit, TimeProvider clock)
{
    private const int Attempts = 5;

    public async Task<Payload<Job>> CancelAsync(DirectoryCaller caller, CancelJobInput input, CancellationToken cancellationToken)
    {
        var id = GlobalId.DecodeFor<JobType>(input.Id, "input.id");
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var job = await db.Jobs.AsTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
            if (job is null || !JobAccess.MaySee(caller, job))
            {
                return Payload<Job>.Refused("input.id", ProblemCodes.NotFound, "No job you may see has this id.");
            }

            if (job.Status is not (JobStatus.Queued or JobStatus.Running))
            {
                return Payload<Job>.Refused("input.id", ProblemCodes.InvalidState, $"The job has already finished ({job.Status.ToString().ToUpperInvariant()}).");
            }

            job.CancelRequested = true;
            if (job.Status == JobStatus.Queued)
            {
                job.Status = JobStatus.Cancelled;
                job.Phase = "cancelled";
                job.FinishedAt = clock.GetUtcNow().UtcDateTime;
            }

            job.Version++;
            audit.Record(caller, "cancelJob", typeof(JobType).GraphQLName(), job.Id);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                job.Result = null;
                return Payload<Job>.Success(job);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // The worker saved progress or claimed it between our read and write: read it again.
            }
        }
    }
}
