using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Services.Editing;

namespace VcsDirectory.Api.Services;

public static class ServicesServiceCollectionExtensions
{
    /// <summary>Services: their loaders and node type, root fields, an organisation's services and a centre's services and gaps.</summary>
    public static IServiceCollection AddServices(this IServiceCollection services) => services
        .AddScoped<ServiceLoaders>()
        .AddNodeType<ServiceType, ServiceLoaders, Service>(l => l.ById)
        .ExtendGraphType<QueryType>(query => query.AddServiceQueries())
        .ExtendGraphType<MutationType>(mutation => mutation.AddServiceMutations())
        .ExtendGraphType<OrganisationType>(organisation => organisation.AddServicesField())
        .ExtendGraphType<ChildrensCentreType>(centre => centre.AddServiceFields());
}
