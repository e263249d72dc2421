namespace VcsDirectory.Api.Jobs;

/// <summary>
/// A computation that can run as a job, registered by its feature with <see cref="JobServiceCollectionExtensions.AddJobKind{TKind}"/>:
/// it reads its input from JSON, reports its progress, honours cancellation, and returns its result as JSON.
/// </summary>
public interface IJobKind
{
    /// <summary>Stored with the job; the feature's result field on <c>Job</c> answers jobs of this kind.</summary>
    string Name { get; }

    /// <summary>Runs in a service scope of its own; throws <see cref="OperationCanceledException"/> once cancelled, <see cref="JobFailedException"/> for a failure the user should read.</summary>
    Task<string> RunAsync(IServiceProvider services, string input, IProgress<JobProgress> progress, CancellationToken cancellationToken);
}
