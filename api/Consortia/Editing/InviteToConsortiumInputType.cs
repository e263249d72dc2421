using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Editing;

public sealed class InviteToConsortiumInputType : TypedInputGraphType<ConsortiumStepInput>
{
    public InviteToConsortiumInputType()
    {
        Name = "InviteToConsortiumInput";
        Description = "Invites an organisation (willing to join) to the consortium, with the categories it would deliver.";
        this.AddStepFields();
        this.AddOrganisationField("The organisation invited.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("categories").Description("Service category codes it would deliver; at least one.");
    }
}
