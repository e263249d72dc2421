using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationWardsAndServicesInputType : TypedInputGraphType<SetOrganisationWardsAndServicesInput>
{
    public SetOrganisationWardsAndServicesInputType()
    {
        Name = "SetOrganisationWardsAndServicesInput";
        Description = "Where an organisation works and what it delivers, replacing both lists.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the organisation to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("wards").Description("Ward codes.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("services").Description("Service category codes.");
    }
}
