using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL.Extending;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Services;

public static class ServicesServiceCollectionExtensions
{
    /// <summary>The Services feature: its loaders, its node type and the fields it adds to organisations and centres.</summary>
    public static IServiceCollection AddServices(this IServiceCollection services)
    {
        services.AddScoped<ServiceLoaders>();
        services.AddNodeType<ServiceLoaders, Service>("Service", l => l.ById);
        services.AddSingleton<IObjectTypeExtension<OrganisationType>, OrganisationServiceFields>();
        services.AddSingleton<IObjectTypeExtension<ChildrensCentreType>, CentreServiceFields>();
        return services;
    }
}
