using System.Text.Json;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Jobs;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Plans;

/// <summary><c>startMentoringPlanJob</c>, and <c>Job.mentoringPlan</c>, where its result is read.</summary>
public static class PlanJobMutations
{
    public static void AddPlanJobMutations(this ObjectGraphType mutation) =>
        mutation.StartJobMutation<MentoringPlanInputType, Dictionary<string, object?>>(
            "startMentoringPlanJob",
            "Computes mentoringPlan for this input in the background, for a borough too large for one request; unknown codes are user errors (UNKNOWN_REFERENCE).",
            AccessPolicy.StaffOnly,
            MentoringPlanJob.KindName,
            async (ctx, input) =>
            {
                var request = MentoringPlanRequest.From(input);
                var problems = await request.ProblemsAsync(ctx.RequestServices!.GetRequiredService<DirectoryDbContext>(), ctx.CancellationToken);
                return problems.Count > 0 ? (null, problems.Select(UserError.From).ToList()) : (JsonSerializer.Serialize(request, JobResultFields.Json), []);
            });

    public static void AddMentoringPlanResult(this ObjectGraphType<Job> job) =>
        job.AddJobResultField<MentoringPlanType, MentoringPlan>("mentoringPlan", MentoringPlanJob.KindName, "The plan, as mentoringPlan gives it for the job's input and the data it read.");
}
