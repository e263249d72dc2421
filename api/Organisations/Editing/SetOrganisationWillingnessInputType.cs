using GraphQL.Types;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationWillingnessInputType : InputObjectGraphType
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
