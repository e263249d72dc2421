using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Organisations.Editing;

public static class OrganisationMutations
{
    private const string Coordinators = "a coordinator of the organisation, or CVS staff";

    public static void AddOrganisationMutations(this ObjectGraphType mutation)
    {
        var kind = OrganisationEditing.Kind;
        mutation.CreateMutation<CreateOrganisationInputType, CreateOrganisationInput, OrganisationType, Organisation>(
            "Adds an organisation to the directory.", "CVS staff", kind, OrganisationEdits.Create, () => new Organisation { Name = "" });
        mutation.EditMutation<UpdateOrganisationProfileInputType, UpdateOrganisationProfileInput, OrganisationType, Organisation>(
            "Changes an organisation's profile.", Coordinators, kind, OrganisationEdits.Profile);
        mutation.EditMutation<SetOrganisationCapacitiesInputType, SetOrganisationCapacitiesInput, OrganisationType, Organisation>(
            "Replaces an organisation's capacities.", Coordinators, kind, OrganisationEdits.Capacities);
        mutation.EditMutation<SetOrganisationNeedsInputType, SetOrganisationNeedsInput, OrganisationType, Organisation>(
            "Replaces an organisation's needs.", Coordinators, kind, OrganisationEdits.Needs);
        mutation.EditMutation<SetOrganisationWillingnessInputType, SetOrganisationWillingnessInput, OrganisationType, Organisation>(
            "Sets what an organisation is willing to do.", Coordinators, kind, OrganisationEdits.Willingness);
        mutation.EditMutation<SetOrganisationWardsAndServicesInputType, SetOrganisationWardsAndServicesInput, OrganisationType, Organisation>(
            "Replaces the wards an organisation serves and the services it delivers.", Coordinators, kind, OrganisationEdits.WardsAndServices);
        mutation.EditMutation<ArchiveOrganisationInputType, ArchiveOrganisationInput, OrganisationType, Organisation>(
            "Archives an organisation: it leaves the lists, nothing is deleted.", Coordinators, kind, OrganisationEdits.Archive);
    }
}
