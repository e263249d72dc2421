using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationWardsAndServicesInput : EditInput
{
    public IReadOnlyList<string> Wards { get; set; } = [];

    public IReadOnlyList<string> Services { get; set; } = [];
}
