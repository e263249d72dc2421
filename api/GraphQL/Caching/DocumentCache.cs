using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using VcsDirectory.Api.GraphQL.Protection;

namespace VcsDirectory.Api.GraphQL.Caching;

/// <summary>
/// Parsed and validated documents, so a repeated query skips the parser and the document-level validation
/// rules. Only documents that passed validation are kept, keyed by method, operation name and text (a GET
/// may only run queries, and that is decided per operation). The cost depends on the variables (first: $n),
/// so it is computed again on every request, except for an operation that declares no variables: its cost
/// cannot change, and is kept with it. Documents only, never data: nothing here can go stale after a write.
/// </summary>
public sealed class DocumentCache(RequestLimits limits) : IConfigureExecution, IDisposable
{
    public const string MethodKey = "httpMethod";

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = limits.DocumentCacheCharacters });

    // After the DI-registered options (validation rules) are in place, before execution.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null || limits.DocumentCacheCharacters == 0)
        {
            return await next(options).ConfigureAwait(false);
        }

        var method = options.UserContext.TryGetValue(MethodKey, out var value) ? value : null;
        // An empty operation name runs the only operation, as no name does: one entry for both.
        var key = $"{method}\n{(string.IsNullOrEmpty(options.OperationName) ? null : options.OperationName)}\n{options.Query}";
        var cost = options.UserContext.TryGetValue(RequestCost.Key, out var found) ? found as RequestCost : null;
        var cached = _documents.TryGetValue(key, out Entry? entry);
        if (cached)
        {
            options.Document = entry!.Document;
            if (entry.FixedCost is { } fixedCost && cost is not null)
            {
                cost.RequestedQueryCost = fixedCost;
                options.ValidationRules = Array.Empty<IValidationRule>();
            }
            else
            {
                options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
            }
        }

        var result = await next(options).ConfigureAwait(false);
        // GraphQL.NET hands the document it parsed back on the result (it never sets the options' document).
        if (!cached && result.Executed && result.Document is { } parsed && result.Operation is { } operation)
        {
            // Only the operation that ran decides: its variables, not the name the request gave.
            var fixedCost = cost is not null && operation.Variables is not { Count: > 0 } ? cost.RequestedQueryCost : (double?)null;
            _documents.Set(key, new Entry(parsed, fixedCost), new MemoryCacheEntryOptions { Size = options.Query.Length });
        }

        return result;
    }

    private sealed record Entry(GraphQLDocument Document, double? FixedCost);

    public void Dispose() => _documents.Dispose();
}
