using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationNeedsInput : EditInput
{
    public IReadOnlyList<AreaInput> Needs { get; set; } = [];
}
