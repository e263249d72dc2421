using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outcomes.Values.Editing;

public sealed class RecordIndicatorValueInputType : TypedInputGraphType<RecordIndicatorValueInput>
{
    public RecordIndicatorValueInputType()
    {
        Name = "RecordIndicatorValueInput";
        Description = "A recorded indicator's value for a centre on a day: a figure about the centre, never about a family or a person.";
        Field<NonNullGraphType<IdGraphType>>("centreId").Description("The global id of the children's centre.");
        Field<NonNullGraphType<StringGraphType>>("indicator").Description("A recorded indicator's code; a computed one is refused with COMPUTED_INDICATOR.");
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The figure, in the indicator's unit.");
        Field<NonNullGraphType<DateOnlyGraphType>>("on").Description("The day it describes; not in the future.");
        Field<StringGraphType>("note").Description("Where it comes from or what it means; at most 500 characters.");
        Field<BooleanGraphType>("isSynthetic").Description("True for demo or test figures. Default false.");
    }
}
