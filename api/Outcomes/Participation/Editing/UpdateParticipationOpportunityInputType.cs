using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outcomes.Participation.Editing;

public sealed class UpdateParticipationOpportunityInputType : TypedInputGraphType<ParticipationOpportunityChanges>
{
    public UpdateParticipationOpportunityInputType()
    {
        Name = "UpdateParticipationOpportunityInput";
        Description = "Changes to a participation opportunity: an omitted field is left as it is.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the opportunity.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<EnumerationGraphType<ParticipationKind>>("kind").Description("The way in it offers.");
        Field<StringGraphType>("description").Description("What it involves; at most 1,000 characters.");
        Field<IntGraphType>("places").Description("How many people it takes, 0 to 1,000.");
        Field<StringGraphType>("howToTakePart").Description("How to come forward; at most 1,000 characters.");
        this.AddOpportunityFields();
    }
}
