using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outcomes.Participation.Editing;

public sealed class CreateParticipationOpportunityInputType : TypedInputGraphType<ParticipationOpportunityChanges>
{
    public CreateParticipationOpportunityInputType()
    {
        Name = "CreateParticipationOpportunityInput";
        Description = "A new way to take part in a children's centre or one of its services. Counts only: never a person.";
        Field<NonNullGraphType<IdGraphType>>("centreId").Description("The global id of the children's centre.");
        Field<NonNullGraphType<EnumerationGraphType<ParticipationKind>>>("kind").Description("The way in it offers.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What it involves; at most 1,000 characters.");
        Field<NonNullGraphType<IntGraphType>>("places").Description("How many people it takes, 0 to 1,000.");
        Field<NonNullGraphType<StringGraphType>>("howToTakePart").Description("How to come forward (a public contact, never a person's own); at most 1,000 characters.");
        this.AddOpportunityFields();
    }
}
