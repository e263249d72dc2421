using System.Text.Json;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Jobs;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Plans;

/// <summary>
/// <c>mentoringPlan</c> as a job: loading the matching snapshot is the first 5%, scoring the candidate pairs takes
/// the plan to 50%, the flow solver's rounds towards 95%, and saving the plan the rest.
/// </summary>
public sealed class MentoringPlanJob : IJobKind
{
    public const string KindName = "mentoringPlan";

    public string Name => KindName;

    public async Task<string> RunAsync(IServiceProvider services, string input, IProgress<JobProgress> progress, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<MentoringPlanRequest>(input, JobResultFields.Json)
            ?? throw new JobFailedException("The job's input could not be read.");
        progress.Report(new JobProgress(1, "loading the directory"));
        var plan = await request.PlanAsync(
            services.GetRequiredService<DirectoryDbContext>(),
            services.GetRequiredService<MatchingData>(),
            new Progress(progress),
            cancellationToken);
        progress.Report(new JobProgress(96, "saving the plan"));
        return JsonSerializer.Serialize(plan, JobResultFields.Json);
    }

    /// <summary>The planner's share of its work (0–1) as the job's 5–95%; synchronous, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
    private sealed class Progress(IProgress<JobProgress> job) : IProgress<PlanProgress>
    {
        public void Report(PlanProgress value) => job.Report(new JobProgress(5 + (int)(90 * Math.Clamp(value.Done, 0, 1)), value.Phase));
    }
}
