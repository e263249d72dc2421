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
/// may only run queries, and that is decided per operation). The rules that depend on the variables
/// (cost) still run on every request. Documents only, never data: nothing here can go stale after a write.
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
        var key = $"{method}\n{options.OperationName}\n{options.Query}";
        var cached = _documents.TryGetValue(key, out GraphQLDocument? document);
        if (cached)
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
        }

        var result = await next(options).ConfigureAwait(false);
        if (!cached && result.Executed && options.Document is not null)
        {
            _documents.Set(key, options.Document, new MemoryCacheEntryOptions { Size = options.Query.Length });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();
}
