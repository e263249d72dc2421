using GraphQL.Types;
using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Outcomes.Graph;
using VcsDirectory.Api.Outcomes.Progress;

namespace VcsDirectory.Api.Outcomes;

public static class OutcomeQueries
{
    public static void AddOutcomeQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OutcomeFrameworkType>>("outcomeFramework")
            .Description("The outcomes framework: the DfE's 2013 core purpose of children's centres and the seed report's engagement outcomes, with their indicators.")
            .Resolve(_ => PooleOutcomeFramework.Instance);
        query.Field<ListGraphType<NonNullGraphType<IndicatorSummaryType>>>("outcomesSummary")
            .Description("Each indicator of the framework across the borough's centres, from each centre's specification in force; computed indicators computed now.")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<OutcomeProgress>().SummaryAsync(ctx.CancellationToken));
    }
}
