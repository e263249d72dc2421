using GraphQL.Types;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class ArchiveOrganisationInputType : InputObjectGraphType
{
    public ArchiveOrganisationInputType()
    {
        Name = "ArchiveOrganisationInput";
        Description = "Archiving takes an organisation out of the lists; nothing is deleted and its history stays.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, in at most 500 characters.");
    }
}
