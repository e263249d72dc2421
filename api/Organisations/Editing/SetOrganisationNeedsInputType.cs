using GraphQL.Types;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationNeedsInputType : InputObjectGraphType
{
    public SetOrganisationNeedsInputType()
    {
        Name = "SetOrganisationNeedsInput";
        Description = "The whole list of an organisation's needs, replacing the one it had.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedInputType>>>>("needs");
    }
}
