using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class ArchiveOrganisationInput : EditInput
{
    public string Reason { get; set; } = "";
}
