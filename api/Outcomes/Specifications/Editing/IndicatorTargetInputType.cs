using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outcomes.Specifications.Editing;

public sealed class IndicatorTargetInputType : TypedInputGraphType<IndicatorTargetInput>
{
    public IndicatorTargetInputType()
    {
        Name = "IndicatorTargetInput";
        Description = "One indicator a specification commits to, with its target and baseline.";
        Field<NonNullGraphType<StringGraphType>>("indicator").Description("The indicator's code in the outcome framework (PARENT_REPRESENTATIVES…).");
        Field<NonNullGraphType<FloatGraphType>>("target").Description("The figure to reach by the end of the period, in the indicator's unit.");
        Field<FloatGraphType>("baseline").Description("The figure at the start of the period; null when unknown.");
    }
}
