using VcsDirectory.Api.GraphQL.Protection;
using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Plans;

public static class PlanQueries
{
    public static void AddPlanQueries(this ObjectGraphType query) =>
        query.Field<MentoringPlanType>("mentoringPlan")
            .Description("Computes the borough-wide mentoring plan (min-cost max-flow, exact); stores nothing: commit it with commitMentoringPlan. Requires: CVS staff.")
            .Argument<MentoringPlanInputType>("input", "Which mentees to plan for; omitted: every mentee in the borough.")
            .ResolveAsync(async ctx =>
            {
                AccessPolicy.DemandStaff(DirectoryCaller.From(ctx.User));
                return await PlanAsync(ctx, ctx.GetArgument<object?>("input") as IDictionary<string, object?> ?? new Dictionary<string, object?>());
            })
            .PricedComputation(MentoringPrices.Plan);

    /// <summary>The plan for an input: the query shows it, the commit mutation recomputes it, so a client never sends pairs to trust.</summary>
    public static async Task<MentoringPlan> PlanAsync(IResolveFieldContext context, IDictionary<string, object?> input)
    {
        var db = context.RequestServices!.GetRequiredService<DirectoryDbContext>();
        var request = MentoringPlanRequest.From(input);
        if (await request.ProblemsAsync(db, context.CancellationToken) is [_, ..] problems)
        {
            throw new ExecutionError(string.Join(" ", problems.Select(p => p.Message))) { Code = ErrorCodes.InvalidArgument };
        }

        return await request.PlanAsync(db, context.RequestServices!.GetRequiredService<MatchingData>(), null, context.CancellationToken);
    }
}
