using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outcomes.Progress;
using VcsDirectory.Api.Outcomes.Status;

namespace VcsDirectory.Api.Outcomes.Graph;

public sealed class IndicatorSummaryType : DirectoryObjectGraphType<IndicatorSummary>
{
    public IndicatorSummaryType()
    {
        Name = "IndicatorSummary";
        Description = "One indicator across the borough: the centres whose specification in force commits to it, and how many stand where.";
        Field<NonNullGraphType<OutcomeIndicatorType>>("indicator").Description("The indicator.").Resolve(ctx => ctx.Source.Indicator);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CentreIndicatorStatusType>>>>("centres").Description("Each committed centre, by id.").Resolve(ctx => ctx.Source.Centres);
        Field<NonNullGraphType<IntGraphType>>("onTrack").Description("Centres ON_TRACK.").Resolve(ctx => ctx.Source.Count(IndicatorStatus.OnTrack));
        Field<NonNullGraphType<IntGraphType>>("atRisk").Description("Centres AT_RISK.").Resolve(ctx => ctx.Source.Count(IndicatorStatus.AtRisk));
        Field<NonNullGraphType<IntGraphType>>("offTrack").Description("Centres OFF_TRACK.").Resolve(ctx => ctx.Source.Count(IndicatorStatus.OffTrack));
        Field<NonNullGraphType<IntGraphType>>("noData").Description("Centres with NO_DATA.").Resolve(ctx => ctx.Source.Count(IndicatorStatus.NoData));
    }
}
