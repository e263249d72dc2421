using System.Text.Json;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Jobs;

namespace VcsDirectory.Api.Consortia.Options;

/// <summary>
/// <c>consortiumPlan</c> as a job, with a longer guard per solve (<see cref="ConsortiumQueryLimits.JobMaxSecondsPerSolve"/>)
/// than a request's, since no request waits; the guard still only ever turns into a failure, never a worse plan.
/// </summary>
public sealed class ConsortiumPlanJob : IJobKind
{
    public const string KindName = "consortiumPlan";

    public string Name => KindName;

    public async Task<string> RunAsync(IServiceProvider services, string input, IProgress<JobProgress> progress, CancellationToken cancellationToken)
    {
        var plan = JsonSerializer.Deserialize<ConsortiumPlanInput>(input, JobResultFields.Json) ?? throw new JobFailedException("The job's input could not be read.");
        var request = ConsortiumQueryLimits.Request(plan) with { MaxSecondsPerSolve = ConsortiumQueryLimits.JobMaxSecondsPerSolve };
        progress.Report(new JobProgress(1, "loading the directory"));
        var data = services.GetRequiredService<ConsortiumData>();
        var centres = await data.CentresAsync(cancellationToken);
        var organisations = await data.OrganisationsAsync(cancellationToken);
        try
        {
            var result = BoroughConsortiumPlanner.Plan(centres, organisations, request, progress, cancellationToken);
            progress.Report(new JobProgress(96, "saving the plan"));
            return JsonSerializer.Serialize(result, JobResultFields.Json);
        }
        catch (TimeoutException timeout)
        {
            throw new JobFailedException(timeout.Message);
        }
    }
}
