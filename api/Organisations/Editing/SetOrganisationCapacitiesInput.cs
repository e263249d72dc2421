using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class SetOrganisationCapacitiesInput : EditInput
{
    public IReadOnlyList<AreaInput> Capacities { get; set; } = [];
}
