using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outcomes.Progress;
using VcsDirectory.Api.Outcomes.Status;

namespace VcsDirectory.Api.Outcomes.Graph;

public sealed class IndicatorProgressType : DirectoryObjectGraphType<IndicatorProgress>
{
    public IndicatorProgressType()
    {
        Name = "IndicatorProgress";
        Description = "An indicator a specification commits to: target, baseline, values and status.";
        Field<NonNullGraphType<OutcomeIndicatorType>>("indicator").Description("The indicator.").Resolve(ctx => ctx.Source.Indicator);
        Field(p => p.Target).Description("The figure to reach by the end of the period.");
        Field(p => p.Baseline, nullable: true).Description("The figure at the start; null when unknown.");
        Field<IndicatorReadingType>("latest").Description("The latest value: recorded on or before today, or computed now; null when there is none.").Resolve(ctx => ctx.Source.Latest);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorReadingType>>>>("history")
            .Description("Recorded values, oldest first; a computed indicator has only its value now (computed on read, never stored).").Resolve(ctx => ctx.Source.History);
        Field(p => p.Status, type: typeof(NonNullGraphType<EnumerationGraphType<IndicatorStatus>>)).Description("How it stands. " + StatusRule.Description);
        Field(p => p.Explanation).Description("How the value was reached and why it has this status.");
    }
}
