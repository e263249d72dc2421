using Microsoft.Extensions.Options;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Jobs;

/// <summary>
/// Runs queued jobs on this instance, at most <see cref="JobOptions.Workers"/> at a time, whichever instance queued them:
/// claims the oldest, runs its kind in a scope of its own, saves progress and renews the claim every heartbeat, and
/// looks for cancellation then. Sweeps abandoned jobs at start-up and whenever idle (<see cref="JobStore.SweepAsync"/>).
/// </summary>
/// <remarks>
/// Jobs do not survive their instance: one stopping gracefully marks its running jobs FAILED at once; one that dies
/// leaves its claim to run out (<see cref="JobOptions.LeaseSeconds"/>), and the next sweep on any instance marks them.
/// </remarks>
public sealed partial class JobWorker(
    IServiceScopeFactory scopes, IEnumerable<IJobKind> kinds, JobSignal signal, IOptions<JobOptions> options, ILogger<JobWorker> log) : BackgroundService
{
    private readonly string _owner = $"{Guid.NewGuid():N}@{Environment.MachineName}/{Environment.ProcessId}" is var owner && owner.Length > 100 ? owner[..100] : owner;
    private readonly Dictionary<string, IJobKind> _kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
    private readonly JobOptions _options = options.Value;

    private TimeSpan Lease => TimeSpan.FromSeconds(_options.LeaseSeconds);

    private readonly List<Job> _claimedAtStart = [];
    private Task? _prepared;

    /// <summary>
    /// Sweeps before the server listens, so no job abandoned by a dead instance is ever served as RUNNING by a fresh one,
    /// and claims queued jobs then too, so no background statement races the first requests. Done once: the start
    /// calls it as soon as the database is ready, while the schema is still being built, rather than after.
    /// </summary>
    public Task PrepareAsync(CancellationToken cancellationToken) => _prepared ??= SweepAndClaimAsync(cancellationToken);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    private async Task SweepAndClaimAsync(CancellationToken cancellationToken)
    {
        await WithStoreAsync(store => store.SweepAsync(cancellationToken));
        while (_claimedAtStart.Count < _options.Workers && await ClaimAsync(cancellationToken) is { } job)
        {
            _claimedAtStart.Add(job);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = _claimedAtStart.Select(job => Task.Run(() => RunAsync(job, stoppingToken), CancellationToken.None)).ToList();
        var (woken, justStarted) = (true, true);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!woken)
                {
                    await WithStoreAsync(store => store.SweepAsync(stoppingToken));
                }

                running.RemoveAll(t => t.IsCompleted);
                while (!justStarted && running.Count < _options.Workers && await ClaimAsync(stoppingToken) is { } job)
                {
                    running.Add(Task.Run(() => RunAsync(job, stoppingToken), CancellationToken.None));
                }

                justStarted = false;

                woken = await signal.WaitAsync(TimeSpan.FromSeconds(_options.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly away; the next poll tries again.
                LogPollFailed(e);
                woken = await signal.WaitAsync(TimeSpan.FromSeconds(_options.PollSeconds), stoppingToken).ConfigureAwait(false);
            }
        }

        await Task.WhenAll(running);
    }

    private async Task<Job?> ClaimAsync(CancellationToken cancellationToken)
    {
        Job? job = null;
        await WithStoreAsync(async store => job = await store.ClaimNextAsync(_owner, Lease, cancellationToken));
        return job;
    }

    private async Task RunAsync(Job job, CancellationToken stoppingToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var progress = new LatestProgress(new JobProgress(0, "starting"));
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(job.Id, progress, cancel, stopHeartbeat.Token);
        var (status, result, error) = await ComputeAsync(job, progress, stoppingToken, cancel.Token);
        await stopHeartbeat.CancelAsync();
        await heartbeat;
        await WithStoreAsync(store => store.FinishAsync(job.Id, _owner, status, result, error, CancellationToken.None));
        signal.Notify();
    }

    private async Task<(JobStatus, string?, string?)> ComputeAsync(
        Job job, LatestProgress progress, CancellationToken stoppingToken, CancellationToken cancellationToken)
    {
        try
        {
            var kind = _kinds.TryGetValue(job.Kind, out var known) ? known : throw new JobFailedException($"No job kind '{job.Kind}' is known to this version of the API.");
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            var version = await DataVersionReader.ReadAsync(db, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<JobStore>().SetDataVersionAsync(job.Id, _owner, version, cancellationToken);
            return (JobStatus.Succeeded, await kind.RunAsync(scope.ServiceProvider, job.Input, progress, cancellationToken), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return stoppingToken.IsCancellationRequested && !progress.CancelRequested
                ? (JobStatus.Failed, null, "The instance running it stopped before it finished. Start it again.")
                : (JobStatus.Cancelled, null, null);
        }
        catch (JobFailedException failure)
        {
            return (JobStatus.Failed, null, failure.Message);
        }
        catch (Exception e)
        {
            var correlationId = Guid.NewGuid().ToString("N");
            LogJobFailed(e, job.Id, job.Kind, correlationId);
            return (JobStatus.Failed, null, $"The computation failed unexpectedly (correlation id {correlationId}).");
        }
    }

    private async Task HeartbeatAsync(int id, LatestProgress progress, CancellationTokenSource cancel, CancellationToken stop)
    {
        var interval = TimeSpan.FromSeconds(_options.HeartbeatSeconds);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stop);
                await WithStoreAsync(async store =>
                {
                    var (owned, cancelRequested) = await store.ReportAsync(id, _owner, progress.Latest, Lease, stop);
                    progress.CancelRequested |= cancelRequested;
                    if (!owned || cancelRequested)
                    {
                        await cancel.CancelAsync();
                    }
                });
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A missed heartbeat is retried; the lease outlasts several of them.
                LogPollFailed(e);
            }
        }
    }

    private async Task WithStoreAsync(Func<JobStore, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<JobStore>());
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} ({Kind}) failed; correlation id {CorrelationId}.")]
    private partial void LogJobFailed(Exception exception, int jobId, string kind, string correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The job worker could not reach the database; it tries again.")]
    private partial void LogPollFailed(Exception exception);

    /// <summary>The latest progress reported, read by the heartbeat; a kind may report from several threads.</summary>
    private sealed class LatestProgress(JobProgress initial) : IProgress<JobProgress>
    {
        private readonly Lock _gate = new();
        private JobProgress _latest = initial;
        private volatile bool _cancelRequested;

        public JobProgress Latest
        {
            get
            {
                lock (_gate)
                {
                    return _latest;
                }
            }
        }

        public bool CancelRequested
        {
            get => _cancelRequested;
            set => _cancelRequested = value;
        }

        public void Report(JobProgress value)
        {
            lock (_gate)
            {
                _latest = value;
            }
        }
    }
}
