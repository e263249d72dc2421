using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class ArchiveOrganisationInputType : TypedInputGraphType<ArchiveOrganisationInput>
{
    public ArchiveOrganisationInputType()
    {
        Name = "ArchiveOrganisationInput";
        Description = "Archiving takes an organisation out of the lists; nothing is deleted and its history stays.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the organisation to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, in at most 500 characters.");
    }
}
