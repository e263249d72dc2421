namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// What one request may ask for (configuration section <c>GraphQL:Limits</c>). Each refusal is a GraphQL
/// error with a code, decided before any database work.
/// </summary>
public sealed class RequestLimits
{
    public const string Section = "GraphQL:Limits";

    /// <summary>
    /// Field nesting, introspection excepted. graphql-armor's default is 6, but every relation here is a
    /// connection (field → nodes → field), so 10 allows four nested relations, as the example operations need.
    /// </summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>
    /// Fields once every fragment is spread where it is used (a fragment spread twice counts twice). The largest
    /// example operation expands to about 100, GraphiQL's introspection query to about 200.
    /// </summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>graphql-armor's default.</summary>
    public int MaxAliases { get; set; } = 15;

    /// <summary>graphql-armor's default.</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>Lexical tokens in the document (graphql-armor: 1,000); GraphiQL's introspection query uses about 300.</summary>
    public int MaxTokens { get; set; } = 1_000;

    /// <summary>GraphQL.NET's complexity (1 per field, lists × first/last or 20); reported in <c>extensions.cost</c>.</summary>
    public int MaxCost { get; set; } = 50_000;

    /// <summary>
    /// Nodes of one <c>where</c> argument: every field and operator, through <c>and</c>/<c>or</c> and
    /// <c>some</c>/<c>all</c>/<c>none</c>. Each is added to the request's cost; beyond this the filter is refused.
    /// </summary>
    public int MaxFilterNodes { get; set; } = 100;

    /// <summary>
    /// Distinct computations over the whole directory (detection, map layers, suggestions, plans) in one request; the
    /// same call repeated (aliases) counts once, as it is computed once.
    /// </summary>
    public int MaxComputations { get; set; } = 3;

    /// <summary>A larger POST body is answered 413 before it is parsed.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    public int ExecutionTimeoutSeconds { get; set; } = 10;

    /// <summary>Characters of query text kept parsed and validated (about ten times that in memory); 0 turns the cache off.</summary>
    public int DocumentCacheCharacters { get; set; } = 1_000_000;

    /// <summary>Off in production if wanted; then "Did you mean…" suggestions are hidden too.</summary>
    public bool IntrospectionEnabled { get; set; } = true;

    public void Validate()
    {
        if (MaxDepth < 2 || MaxFields < 10 || MaxFilterNodes < 10 || MaxComputations < 1 || MaxAliases < 0 || MaxDirectives < 0 || MaxTokens < 50 || MaxCost < 100 || MaxBodyBytes < 1024 || ExecutionTimeoutSeconds < 1 || DocumentCacheCharacters < 0)
        {
            throw new InvalidOperationException($"{Section} has a limit too low to serve any request; check the configuration.");
        }
    }
}
