using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations.Editing;

namespace VcsDirectory.Api.Organisations;

public static class OrganisationsServiceCollectionExtensions
{
    /// <summary>Organisations: their loaders and node type, their root fields and mutations, and a ward's organisations.</summary>
    public static IServiceCollection AddOrganisations(this IServiceCollection services) => services
        .AddScoped<OrganisationLoaders>()
        .AddNodeType<OrganisationType, OrganisationLoaders, Organisation>(l => l.ById)
        .ExtendGraphType<QueryType>(query => query.AddOrganisationQueries())
        .ExtendGraphType<MutationType>(mutation => mutation.AddOrganisationMutations())
        .ExtendGraphType<WardType>(ward => ward.AddWardOrganisationsField());
}
