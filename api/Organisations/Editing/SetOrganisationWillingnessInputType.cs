using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationWillingnessInputType : TypedInputGraphType<SetOrganisationWillingnessInput>
{
    public SetOrganisationWillingnessInputType()
    {
        Name = "SetOrganisationWillingnessInput";
        Description = "What an organisation is willing to do.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the organisation to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<NonNullGraphType<WillingnessInputType>>("willingness").Description("What it is willing to do, all five answers at once.");
    }
}
