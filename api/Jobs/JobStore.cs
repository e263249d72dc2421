using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Jobs;

/// <summary>
/// A worker's writes to its jobs: each one conditional and atomic (<c>UPDATE … WHERE Status = … AND LeaseOwner = …</c>),
/// so two instances never both claim a job and a worker whose claim was swept as abandoned cannot overwrite the verdict.
/// </summary>
/// <remarks>Through <c>ExecuteUpdate</c>, never a tracked save: jobs are not directory data and move no data version.</remarks>
public sealed class JobStore(DirectoryDbContext db, TimeProvider clock)
{
    /// <summary>The oldest queued job, claimed for <paramref name="owner"/>; null when none is left (or another instance won it).</summary>
    public async Task<Job?> ClaimNextAsync(string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var next = await db.Jobs.Where(j => j.Status == JobStatus.Queued).OrderBy(j => j.Id).Select(j => (int?)j.Id).FirstOrDefaultAsync(cancellationToken);
        if (next is not { } id)
        {
            return null;
        }

        var now = Now;
        var claimed = await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Queued).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, JobStatus.Running).SetProperty(j => j.StartedAt, now).SetProperty(j => j.Phase, "starting")
            .SetProperty(j => j.LeaseOwner, owner).SetProperty(j => j.LeaseExpiresAt, now + lease).SetProperty(j => j.Version, j => j.Version + 1), cancellationToken);
        return claimed == 1 ? await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken) : await ClaimNextAsync(owner, lease, cancellationToken);
    }

    public Task<int> SetDataVersionAsync(int id, string owner, long version, CancellationToken cancellationToken) =>
        Owned(id, owner).ExecuteUpdateAsync(s => s.SetProperty(j => j.DataVersion, version), cancellationToken);

    /// <summary>Saves progress and renews the claim; answers whether the claim still holds and whether cancellation was asked for.</summary>
    public async Task<(bool Owned, bool CancelRequested)> ReportAsync(int id, string owner, JobProgress progress, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = Now + lease;
        var percent = Math.Clamp(progress.Percent, 0, 99);
        var updated = await Owned(id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Progress, percent).SetProperty(j => j.Phase, progress.Phase)
            .SetProperty(j => j.LeaseExpiresAt, until).SetProperty(j => j.Version, j => j.Version + 1), cancellationToken);
        var cancel = await db.Jobs.Where(j => j.Id == id).Select(j => j.CancelRequested).SingleAsync(cancellationToken);
        return (updated == 1, cancel);
    }

    /// <summary>Records how the run ended, unless the claim was lost meanwhile (then the sweep's verdict stands).</summary>
    public Task<int> FinishAsync(int id, string owner, JobStatus status, string? result, string? error, CancellationToken cancellationToken)
    {
        var now = Now;
        return Owned(id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, status).SetProperty(j => j.Result, result).SetProperty(j => j.Error, error)
            .SetProperty(j => j.Progress, j => status == JobStatus.Succeeded ? 100 : j.Progress)
            .SetProperty(j => j.Phase, status == JobStatus.Succeeded ? "done" : status == JobStatus.Cancelled ? "cancelled" : "failed")
            .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null)
            .SetProperty(j => j.Version, j => j.Version + 1), cancellationToken);
    }

    /// <summary>
    /// Marks FAILED every running job whose claim ran out (its instance stopped or died without saying so), and clears
    /// the results of finished jobs whose data version has moved on: they are no longer the answer for the directory.
    /// </summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        await db.Jobs.Where(j => j.Status == JobStatus.Running && j.LeaseExpiresAt < now).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, JobStatus.Failed).SetProperty(j => j.Phase, "abandoned")
            .SetProperty(j => j.Error, "Abandoned: the instance running it stopped before it finished. Start it again.")
            .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null)
            .SetProperty(j => j.Version, j => j.Version + 1), cancellationToken);
        var current = await DataVersionReader.ReadAsync(db, cancellationToken);
        await db.Jobs.Where(j => j.Status == JobStatus.Succeeded && j.Result != null && j.DataVersion != current).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Result, (string?)null).SetProperty(j => j.Version, j => j.Version + 1), cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private IQueryable<Job> Owned(int id, string owner) => db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Running && j.LeaseOwner == owner);
}
