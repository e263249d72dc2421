using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Engagement.Editing;

public sealed class RecordEngagementEventInputType : TypedInputGraphType<RecordEngagementEventInput>
{
    public RecordEngagementEventInputType()
    {
        Name = "RecordEngagementEventInput";
        Description = "An engagement event held since the programme: when, what, who took part (counts and groups only), what it concerned.";
        Field<NonNullGraphType<StringGraphType>>("heldIn").Description("The month it was held, YYYY-MM.");
        Field<NonNullGraphType<EnumerationGraphType<EngagementEventKind>>>("kind").Description("The form it took.");
        Field<IntGraphType>("attendees").Description("How many took part, 0 to 10,000; null when unknown.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<ParticipantGroup>>>>>("participants").Description("Who took part.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("centreIds").Description("The children's centres it concerned.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("themeIds").Description("The programme themes it took forward.");
        Field<StringGraphType>("note").Description("What happened beyond the numbers; at most 500 characters.");
        Field<NonNullGraphType<StringGraphType>>("source").Description("Where the facts come from (minutes, a report); at most 500 characters.");
        Field<BooleanGraphType>("isSynthetic").Description("True for demo or test records. Default false.");
    }
}
