using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Jobs;

public static class JobMutations
{
    public static void AddJobMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<CancelJobInputType, CancelJobInput, JobType, Job>(
            "cancelJob",
            "Stops a job: a queued one is CANCELLED at once; a running one is asked to stop (cancelRequested) and ends CANCELLED at its next heartbeat " +
            "or between phases (the consortium solver stops at once). A finished job is refused with INVALID_STATE.",
            JobAccess.Who,
            (ctx, caller, input) => ctx.RequestServices!.GetRequiredService<JobCancellation>().CancelAsync(caller, input, ctx.CancellationToken));

    /// <summary>
    /// A mutation that queues a job of <paramref name="kind"/>: <paramref name="requires"/> is decided before the input
    /// is read; <paramref name="validate"/> turns the input into the kind's JSON or user errors; the job and its audit
    /// entry are saved together and a worker of this instance is woken.
    /// </summary>
    public static FieldBuilder<object?, object> StartJobMutation<TInputType, TInput>(
        this ObjectGraphType mutation, string name, string description, string requires, string kind,
        Func<IResolveFieldContext, TInput, Task<(string? Input, IReadOnlyList<UserError> Errors)>> validate)
        where TInputType : IInputObjectGraphType =>
        mutation.Mutation<TInputType, TInput, JobType, Job>(name, description + " Answers at once with the QUEUED job: poll job(id:) for progress and the result.", requires,
            async (ctx, caller, input) =>
            {
                var (json, errors) = await validate(ctx, input);
                if (errors.Count > 0 || json is null)
                {
                    return Payload<Job>.Refused(errors);
                }

                var services = ctx.RequestServices!;
                var job = new Job
                {
                    Kind = kind, Status = JobStatus.Queued, Phase = "queued", Input = json, StartedBy = caller.Actor,
                    CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                };
                await services.GetRequiredService<AuditRecorder>().SaveNewAsync(caller, name, typeof(JobType).GraphQLName(), job, ctx.CancellationToken);
                services.GetRequiredService<JobSignal>().Notify();
                return Payload<Job>.Success(job);
            });
}
