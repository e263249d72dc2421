using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationNeedsInputType : TypedInputGraphType<SetOrganisationNeedsInput>
{
    public SetOrganisationNeedsInputType()
    {
        Name = "SetOrganisationNeedsInput";
        Description = "The whole list of an organisation's needs, replacing the one it had.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the organisation to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedInputType>>>>("needs").Description("Every need it has, replacing those stored; an empty list removes them all.");
    }
}
