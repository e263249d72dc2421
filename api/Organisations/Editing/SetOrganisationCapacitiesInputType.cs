using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationCapacitiesInputType : TypedInputGraphType<SetOrganisationCapacitiesInput>
{
    public SetOrganisationCapacitiesInputType()
    {
        Name = "SetOrganisationCapacitiesInput";
        Description = "The whole list of an organisation's capacities, replacing the one it had.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the organisation to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapacityInputType>>>>("capacities").Description("Every capacity it has, replacing those stored; an empty list removes them all.");
    }
}
