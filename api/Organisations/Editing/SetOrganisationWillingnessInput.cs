using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationWillingnessInput : EditInput
{
    public Willingness Willingness { get; set; } = new();
}
