using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Engagement;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Mentoring;
using VcsDirectory.Api.Mentoring.Pairings;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using VcsDirectory.Api.GraphQL.Caching;
using VcsDirectory.Api.GraphQL.Execution;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.GraphQL.Protection;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Outreach.NeedMap;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddDirectoryGraphQL(this IServiceCollection services)
    {
        services.AddGraphQL(builder => builder
            .AddSchema<DirectorySchema>()
            // Answers are JSON for API clients, never inlined into HTML: readable text beats escaped apostrophes.
            .AddSystemTextJson(options => options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(DirectorySchema).Assembly)
            // One DbContext per request: resolvers and loaders take turns on it rather than race.
            .AddExecutionStrategy<DirectoryExecutionStrategy>(OperationType.Query)
            .AddErrorInfoProvider<DirectoryErrorInfoProvider>()
            .AddValidationRule<DocumentLimitsRule>()
            .ConfigureExecution<DocumentCache>()
            // The cost depends on the variables (first: $n), so it is checked on cached documents too.
            .AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true)
            .ConfigureComplexity((options, provider) =>
            {
                var limits = provider.GetRequiredService<RequestLimits>();
                options.MaxComplexity = limits.MaxCost;
                options.DefaultComplexityImpactDelegate = FieldCosts.Pricing(options.DefaultComplexityImpactDelegate, limits);
                options.ValidateComplexityDelegate = context =>
                {
                    if (context.ValidationContext.UserContext.TryGetValue(RequestCost.Key, out var value) && value is RequestCost cost)
                    {
                        cost.RequestedQueryCost = context.TotalImpact;
                    }

                    return Task.CompletedTask;
                };
            })
            .AddUnhandledExceptionHandler(UnhandledErrors.HandleAsync));

        services.AddSingleton(provider => new ProjectionSettings(provider.GetRequiredService<IConfiguration>().GetValue("GraphQL:Projection", true)));
        services.AddScoped<AuditRecorder>();
        services.AddScoped<RecordEditor>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<MatchingData>();
        services.AddScoped<PairingService>();
        services.AddScoped<PairingExclusionService>();
        services.AddScoped<PairingLoaders>();
        services.AddScoped<WardLoaders>();
        services.AddScoped<TaxonomyLoaders>();
        services.AddScoped<OrganisationLoaders>();
        services.AddScoped<ChildrensCentreLoaders>();
        services.AddScoped<OutreachLoaders>();
        services.AddScoped<EngagementLoaders>();
        services.AddNeedMap();

        services.AddNodeType<OrganisationLoaders, Organisation>("Organisation", l => l.ById);
        services.AddNodeType<ChildrensCentreLoaders, ChildrensCentre>("ChildrensCentre", l => l.ById);
        services.AddNodeType<OutreachLoaders, OutreachCluster>("OutreachCluster", l => l.ClusterById);
        services.AddNodeType<OutreachLoaders, IdentifiedNeed>("IdentifiedNeed", l => l.NeedById);
        services.AddNodeType<WardLoaders, Ward>("Ward", l => l.ById);
        services.AddNodeType<TaxonomyLoaders, CapacityArea>("CapacityArea", l => l.CapacityAreaById);
        services.AddNodeType<TaxonomyLoaders, ServiceCategory>("ServiceCategory", l => l.ServiceCategoryById);
        services.AddNodeType<EngagementLoaders, EngagementEvent>("EngagementEvent", l => l.EventById);
        services.AddNodeType<EngagementLoaders, ProgrammeTheme>("ProgrammeTheme", l => l.ThemeById);
        services.AddNodeType<PairingLoaders, Pairing>("MentoringPairing", l => l.ById);
        services.AddSingleton(NodeServiceCollectionExtensions.BuildNodeRegistry);
        return services;
    }
}
