using System.Text.Json;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Jobs;

/// <summary>How a feature adds the field that answers its kind of job, typed as its synchronous query field is.</summary>
public static class JobResultFields
{
    /// <summary>The JSON a kind stores its result as and a result field reads it back with.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.General);

    public static void AddJobResultField<TGraphType, TResult>(this ObjectGraphType<Job> job, string name, string kind, string description)
        where TGraphType : IGraphType
        where TResult : class =>
        job.Field<TGraphType>(name)
            // The result itself is read by its own statement, only when it is fresh.
            .Reads(nameof(Job.Kind), nameof(Job.Status), nameof(Job.DataVersion))
            .Description($"{description} Null unless the job is a {kind} job that SUCCEEDED and is not stale.")
            .ResolveAsync(async ctx =>
            {
                var json = await ctx.RequestServices!.GetRequiredService<JobResults>().FreshAsync(ctx.Source, kind, ctx.CancellationToken);
                return json is null ? null : JsonSerializer.Deserialize<TResult>(json, Json);
            });
}
