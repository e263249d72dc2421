using VcsDirectory.Api.GraphQL.Protection;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Mutations;
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
        var wardCodes = input.Strings("wards");
        var needCodes = input.Strings("needs");
        var wards = await db.Wards.Where(w => wardCodes.Contains(w.Code)).ToDictionaryAsync(w => w.Code, w => w.Id, context.CancellationToken);
        var areas = await db.CapacityAreas.Where(a => needCodes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Id, context.CancellationToken);
        var unknown = wardCodes.Where(c => !wards.ContainsKey(c)).Concat(needCodes.Where(c => !areas.ContainsKey(c))).ToList();
        if (unknown.Count > 0)
        {
            throw new ExecutionError($"Unknown ward or capacity area code(s): {string.Join(", ", unknown)}.") { Code = ErrorCodes.InvalidArgument };
        }

        var pool = await context.RequestServices!.GetRequiredService<MatchingData>().PoolAsync(context.CancellationToken);
        return MentoringPlanner.Plan(new PlanInput(
            pool,
            wardCodes.Count == 0 ? null : wards.Values.ToHashSet(),
            needCodes.Count == 0 ? null : areas.Values.ToHashSet()));
    }
}
