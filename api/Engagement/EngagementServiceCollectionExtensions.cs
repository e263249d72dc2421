using VcsDirectory.Api.Engagement.Editing;
using VcsDirectory.Api.Engagement.Proposals;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Engagement;

public static class EngagementServiceCollectionExtensions
{
    /// <summary>The programme's engagement events, themes and proposals: their loaders, node types, root fields and mutations.</summary>
    public static IServiceCollection AddEngagement(this IServiceCollection services) => services
        .AddScoped<EngagementLoaders>()
        .AddNodeType<EngagementEventType, EngagementLoaders, EngagementEvent>(l => l.EventById)
        .AddNodeType<ProgrammeThemeType, EngagementLoaders, ProgrammeTheme>(l => l.ThemeById)
        .AddNodeType<ProposalType, EngagementLoaders, Proposal>(l => l.ProposalById)
        .ExtendGraphType<QueryType>(query => query.AddEngagementQueries())
        .ExtendGraphType<MutationType>(mutation => mutation.AddEngagementMutations());
}
