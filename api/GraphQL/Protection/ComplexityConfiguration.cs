using GraphQL.DI;
using GraphQL.Validation.Complexity;

namespace VcsDirectory.Api.GraphQL.Protection;

public static class ComplexityConfiguration
{
    /// <summary>GraphQL.NET's complexity options, set from <see cref="RequestLimits"/>; the rule itself is registered by the caller.</summary>
    public static IGraphQLBuilder ConfigureComplexity(this IGraphQLBuilder builder, Action<ComplexityOptions, IServiceProvider> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }
}
