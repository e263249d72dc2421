using GraphQL.Types;

namespace VcsDirectory.Api.Outcomes.Participation.Editing;

/// <summary>The fields an opportunity's create and update inputs share.</summary>
internal static class ParticipationInputFields
{
    public static void AddOpportunityFields(this InputObjectGraphType<ParticipationOpportunityChanges> input)
    {
        input.Field<IdGraphType>("serviceId").Description("A service delivered at the centre it belongs to; null for the centre's own.");
        input.Field<IntGraphType>("placesFilled").Description("How many places are taken; at most places. Default 0.");
        input.Field<BooleanGraphType>("isOpen").Description("Whether it takes people now. Default true.");
        input.Field<BooleanGraphType>("isSynthetic").Description("True for demo or test records. Default false.");
    }
}
