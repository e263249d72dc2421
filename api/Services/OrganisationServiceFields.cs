using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Extending;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Services;

/// <summary>An organisation's services, added by the Services feature.</summary>
public sealed class OrganisationServiceFields : IObjectTypeExtension<OrganisationType>
{
    public void Extend(OrganisationType type) =>
        type.RelationConnection<Organisation, ServiceType, Service, ServiceFilter, ServiceSort>(
            "services", "The services it delivers, by name.", services => services.GetRequiredService<ServiceLoaders>().OfProvider, x => x.Id);
}
