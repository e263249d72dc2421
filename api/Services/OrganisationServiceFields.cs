using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Services;

/// <summary>An organisation's services, added by the Services feature.</summary>
public static class OrganisationServiceFields
{
    public static void AddServicesField(this OrganisationType type) =>
        type.RelationConnection<Organisation, ServiceType, Service, ServiceFilter, ServiceSort>(
            "services", "The services it delivers, by name.", services => services.GetRequiredService<ServiceLoaders>().OfProvider, x => x.Id);
}
