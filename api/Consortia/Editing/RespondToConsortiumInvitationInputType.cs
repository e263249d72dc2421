using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Editing;

public sealed class RespondToConsortiumInvitationInputType : TypedInputGraphType<ConsortiumStepInput>
{
    public RespondToConsortiumInvitationInputType()
    {
        Name = "RespondToConsortiumInvitationInput";
        Description = "The invited organisation's answer.";
        this.AddStepFields();
        this.AddOrganisationField("The invited organisation (the caller must be its coordinator).");
        Field<NonNullGraphType<BooleanGraphType>>("accept").Description("True to join, false to decline.");
    }
}
