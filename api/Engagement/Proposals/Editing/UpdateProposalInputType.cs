using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Engagement.Proposals.Editing;

public sealed class UpdateProposalInputType : TypedInputGraphType<UpdateProposalInput>
{
    public UpdateProposalInputType()
    {
        Name = "UpdateProposalInput";
        Description = "Takes a proposal forward: an omitted field is left as it is; null clears an optional one. Its wording stays the report's.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the proposal.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<EnumerationGraphType<ProposalStatus>>("status").Description("Where it stands; IN_PROGRESS needs an owner and a next step.");
        Field<IdGraphType>("ownerId").Description("The organisation taking it forward.");
        Field<StringGraphType>("nextStep").Description("What happens next; at most 1,000 characters.");
        Field<DateOnlyGraphType>("nextStepOn").Description("When the next step is due.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("indicators").Description("Codes of the framework's indicators that show it delivered (replaces them all).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("consortiumIds").Description("The consortia that deliver it (replaces them all); an id that is not a consortium's is refused with UNKNOWN_REFERENCE.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("supportPlanIds").Description("The support plans that deliver it (replaces them all); an id that is not a support plan's is refused with UNKNOWN_REFERENCE.");
    }
}
