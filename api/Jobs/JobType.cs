using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Jobs;

/// <summary>A job as its starter polls it; each kind's feature adds the field that carries its result (<see cref="JobResultFields"/>).</summary>
public sealed class JobType : DirectoryObjectGraphType<Job>
{
    public JobType(IEnumerable<GraphTypeExtension<JobType>> kinds)
    {
        Name = "Job";
        Description = "A long computation run in the background (a borough plan), started by a mutation and polled here or with node(id:): " +
            "QUEUED → RUNNING → SUCCEEDED, FAILED or CANCELLED. Kept in the database, so every instance answers alike. " +
            "Seen only by whoever started it and by CVS staff. Its result is served until the directory's data changes (then stale is true and the result null).";
        this.AsNode(j => j.Id);
        Field(j => j.Kind).Description("What it computes: the name of the query field it runs as a job (mentoringPlan, consortiumPlan).");
        Field(j => j.Status, type: typeof(NonNullGraphType<EnumerationGraphType<JobStatus>>)).Description("Where it stands.");
        Field(j => j.Progress).Description("How far it has come, 0 to 100 (100 only once it succeeded); saved every heartbeat (Jobs:HeartbeatSeconds).");
        Field(j => j.Phase, nullable: true).Description("The step under way, in a few words (\"scoring candidate pairs\", \"solving, round 2\"); how it ended once it has.");
        Field(j => j.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("When it was started (queued), UTC.");
        Field(j => j.StartedAt, type: typeof(DateTimeGraphType)).Description("When a worker began running it, UTC; null while queued.");
        Field(j => j.FinishedAt, type: typeof(DateTimeGraphType)).Description("When it succeeded, failed or was cancelled, UTC; null until then.");
        Field(j => j.StartedBy).Description("The subject of the token that started it.");
        Field(j => j.Error, nullable: true).Description("Why it failed, in a sentence (a time guard, or the instance running it stopped: abandoned); null unless FAILED.");
        Field(j => j.CancelRequested).Description("Cancellation was asked for; a running job stops at its next heartbeat or between phases, and ends CANCELLED.");
        Field<NonNullGraphType<BooleanGraphType>>("stale")
            .Reads(nameof(Job.Status), nameof(Job.DataVersion))
            .Description("True once the directory's data has changed since it read them: its result is no longer served (start it again for the current data). False unless SUCCEEDED.")
            .ResolveAsync(async ctx => (object?)await Results(ctx.RequestServices!).IsStaleAsync(ctx.Source, ctx.CancellationToken));
        Field(j => j.Version).Description("Moves with every change of its status or progress.");
        this.ApplyExtensions(kinds);
    }

    private static JobResults Results(IServiceProvider services) => services.GetRequiredService<JobResults>();
}
