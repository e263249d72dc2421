using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using VcsDirectory.Api.GraphQL.Caching;
using VcsDirectory.Api.GraphQL.Execution;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.GraphQL.Protection;

namespace VcsDirectory.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The schema and the plumbing every feature shares. GraphQL.NET's scan registers every graph type of this assembly;
    /// each feature's own <c>AddX()</c> then adds its loaders, node types, services and root fields.
    /// </summary>
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
                options.MaxComplexity = provider.GetRequiredService<RequestLimits>().MaxCost;
                options.ValidateComplexityDelegate = context =>
                {
                    if (context.ValidationContext.UserContext.TryGetValue(RequestCost.Key, out var value) && value is RequestCost cost)
                    {
                        cost.RequestedQueryCost = context.TotalImpact;
                    }

                    return Task.CompletedTask;
                };
            })
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.Context?.RequestServices?.GetService<ILogger<DirectorySchema>>();
                logger?.LogError(context.OriginalException, "Unhandled exception while executing a GraphQL request.");
                // A fresh error: the original's type name would otherwise leak out as its code.
                context.Exception = new ExecutionError("An internal error occurred; it has been logged.") { Code = ErrorCodes.Internal };
            }));

        services.AddSingleton(provider => new ProjectionSettings(provider.GetRequiredService<IConfiguration>().GetValue("GraphQL:Projection", true)));
        services.AddScoped<RecordEditor>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(NodeServiceCollectionExtensions.BuildNodeRegistry);
        return services;
    }
}
