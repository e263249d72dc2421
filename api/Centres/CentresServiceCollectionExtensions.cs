using VcsDirectory.Api.Centres.Editing;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Centres;

public static class CentresServiceCollectionExtensions
{
    /// <summary>Children's centres: their loaders and node type, root fields and mutations, an organisation's and a ward's centres.</summary>
    public static IServiceCollection AddChildrensCentres(this IServiceCollection services) => services
        .AddScoped<ChildrensCentreLoaders>()
        .AddNodeType<ChildrensCentreType, ChildrensCentreLoaders, ChildrensCentre>(l => l.ById)
        .ExtendGraphType<QueryType>(query => query.AddChildrensCentreQueries())
        .ExtendGraphType<MutationType>(mutation => mutation.AddChildrensCentreMutations())
        .ExtendGraphType<OrganisationType>(organisation => organisation.AddOperatedCentresField())
        .ExtendGraphType<WardType>(ward => ward.AddWardCentresField());
}
