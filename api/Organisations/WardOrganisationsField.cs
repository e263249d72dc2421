using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Paging;

namespace VcsDirectory.Api.Organisations;

/// <summary>The organisations a ward has: added to the Geography feature's type by this one, which owns the relation.</summary>
public static class WardOrganisationsField
{
    public static void AddWardOrganisationsField(this WardType type) =>
        type.RelationConnection<Ward, OrganisationType, Organisation, OrganisationFilter, OrganisationSort>(
            "organisations", "Organisations that serve this ward, by name.",
            services => services.GetRequiredService<OrganisationLoaders>().InWard, x => x.Id);
}
