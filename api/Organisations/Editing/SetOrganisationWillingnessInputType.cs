using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationWillingnessInputType : TypedInputGraphType<SetOrganisationWillingnessInput>
{
    public SetOrganisationWillingnessInputType()
    {
        Name = "SetOrganisationWillingnessInput";
        Description = "What an organisation is willing to do.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<NonNullGraphType<WillingnessInputType>>("willingness");
    }
}
