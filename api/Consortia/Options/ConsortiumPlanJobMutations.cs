using System.Text.Json;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Jobs;

namespace VcsDirectory.Api.Consortia.Options;

/// <summary><c>startConsortiumPlanJob</c>, and <c>Job.consortiumPlan</c>, where its result is read.</summary>
public static class ConsortiumPlanJobMutations
{
    public static void AddConsortiumPlanJobMutations(this ObjectGraphType mutation) =>
        mutation.StartJobMutation<ConsortiumPlanInputType, ConsortiumPlanInput>(
            "startConsortiumPlanJob",
            $"Computes consortiumPlan for this input in the background, each CP-SAT stage guarded at {ConsortiumQueryLimits.JobMaxSecondsPerSolve} s rather than a request's " +
            $"{ConsortiumQueryLimits.MaxSecondsPerSolve} s; out-of-range limits are user errors (OUT_OF_RANGE).",
            AccessPolicy.StaffOnly,
            ConsortiumPlanJob.KindName,
            (_, input) =>
            {
                var problems = ConsortiumQueryLimits.PlanProblems(input);
                return Task.FromResult<(string?, IReadOnlyList<UserError>)>(problems.Count > 0
                    ? (null, problems.Select(UserError.From).ToList())
                    : (JsonSerializer.Serialize(input, JobResultFields.Json), []));
            });

    public static void AddConsortiumPlanResult(this ObjectGraphType<Job> job) =>
        job.AddJobResultField<ConsortiumPlanType, BoroughConsortiumPlan>("consortiumPlan", ConsortiumPlanJob.KindName, "The plan, as consortiumPlan gives it for the job's input and the data it read.");
}
