using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Jobs;

public static class JobQueries
{
    public static void AddJobQueries(this ObjectGraphType query) =>
        query.Field<JobType>("job")
            .Description($"A job by id, as node(id:) answers it, from any instance: null when there is none or the caller may not see it (only {JobAccess.Who}). Requires: a signed-in caller.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The id the start mutation returned.")
            .Resolve(ctx =>
            {
                AccessPolicy.DemandBeforeReading(DirectoryCaller.From(ctx.User), JobAccess.Who);
                return ctx.RequestServices!.GetRequiredService<JobLoaders>().ById.Load(GlobalId.DecodeFor<JobType>(ctx.GetArgument<string>("id"), "id"));
            });
}
