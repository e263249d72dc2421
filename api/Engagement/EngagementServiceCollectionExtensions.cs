using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Engagement;

public static class EngagementServiceCollectionExtensions
{
    /// <summary>The programme's engagement events and themes: their loaders, node types and root fields.</summary>
    public static IServiceCollection AddEngagement(this IServiceCollection services) => services
        .AddScoped<EngagementLoaders>()
        .AddNodeType<EngagementEventType, EngagementLoaders, EngagementEvent>(l => l.EventById)
        .AddNodeType<ProgrammeThemeType, EngagementLoaders, ProgrammeTheme>(l => l.ThemeById)
        .ExtendGraphType<QueryType>(query => query.AddEngagementQueries());
}
