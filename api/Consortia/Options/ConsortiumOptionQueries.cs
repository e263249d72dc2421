using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Protection;

namespace VcsDirectory.Api.Consortia.Options;

public static class ConsortiumOptionQueries
{
    public const string Rules =
        "The categories to cover are the centre's required service categories. A candidate is a non-archived organisation willing to join or to lead " +
        "that delivers (an ACTIVE service in) a required category and is local: it serves a reach ward of the centre or, where both have a location, is " +
        "within radiusKm. The lead is willing to lead; for LEAD_PARTNER it is MEDIUM or larger and strong (2+) in GOVERNANCE and FINANCIAL_MANAGEMENT; " +
        "for COMMUNITY every member, lead included, is MICRO, SMALL or MEDIUM and serves a reach ward. Objective, in order: most required categories " +
        "covered, fewest members (lead included), most (member, reach ward served) pairs; ties by lower ids. Solved exactly with CP-SAT.";

    public static void AddConsortiumOptionQueries(this ObjectGraphType query)
    {
        query.Field<ConsortiumOptionsType>("consortiumOptions")
            .Description($"The best consortia for one centre, ranked, each with the reasons; stores nothing (createConsortium starts one). {Rules}")
            .Argument<NonNullGraphType<ConsortiumOptionsInputType>>("input", "The centre, the kind, and how far counts as local.")
            .ResolveAsync(async ctx => await OptionsAsync(ctx, ctx.GetArgument<ConsortiumOptionsInput>("input")))
            .PricedComputation(ConsortiaPrices.Options);
        query.Field<ConsortiumPlanType>("consortiumPlan")
            .Description($"Plans one consortium for every centre at once (exact, CP-SAT), no organisation in more than maxConsortiaPerOrganisation; stores nothing: commitConsortiumPlan with the same input creates it. {Rules} Requires: CVS staff.")
            .Argument<NonNullGraphType<ConsortiumPlanInputType>>("input", "The kind, and the limit per organisation.")
            .ResolveAsync(async ctx =>
            {
                AccessPolicy.DemandStaff(DirectoryCaller.From(ctx.User));
                return await PlanAsync(ctx, ctx.GetArgument<ConsortiumPlanInput>("input"));
            })
            .PricedComputation(ConsortiaPrices.Plan);
    }

    /// <summary>The plan for an input: the query shows it, the commit recomputes it, so a client never sends consortia to trust.</summary>
    public static async Task<BoroughConsortiumPlan> PlanAsync(IResolveFieldContext context, ConsortiumPlanInput input)
    {
        var request = ConsortiumQueryLimits.Request(input);
        var data = context.RequestServices!.GetRequiredService<ConsortiumData>();
        var centres = await data.CentresAsync(context.CancellationToken);
        var organisations = await data.OrganisationsAsync(context.CancellationToken);
        return ConsortiumQueryLimits.Solve(() => BoroughConsortiumPlanner.Plan(centres, organisations, request));
    }

    private static async Task<ConsortiumOptions> OptionsAsync(IResolveFieldContext context, ConsortiumOptionsInput input)
    {
        var centreId = GlobalId.DecodeFor<ChildrensCentreType>(input.CentreId, "input.centreId");
        var request = ConsortiumQueryLimits.Request(input);
        var data = context.RequestServices!.GetRequiredService<ConsortiumData>();
        var centre = (await data.CentresAsync(context.CancellationToken)).FirstOrDefault(c => c.Id == centreId)
            ?? throw new ExecutionError("No children's centre has this id.") { Code = ErrorCodes.NotFound };
        var organisations = await data.OrganisationsAsync(context.CancellationToken);
        return ConsortiumQueryLimits.Solve(() => ConsortiumBuilder.Build(centre, organisations, request));
    }
}
