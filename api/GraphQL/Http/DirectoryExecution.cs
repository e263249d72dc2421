using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using VcsDirectory.Api.GraphQL.Protection;

namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>Runs one GraphQL request with the limits in force and reports its cost.</summary>
internal static class DirectoryExecution
{
    public static async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, RequestLimits limits)
    {
        if (TokenCounter.Exceeds(request.Query!, limits.MaxTokens))
        {
            return RequestError("MAX_TOKENS", $"The document has more than {limits.MaxTokens} tokens.");
        }

        var cost = new RequestCost { MaximumAvailable = limits.MaxCost };
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<DirectorySchema>>();
        // One clock for parsing, validation and execution (GraphQL.NET's own Timeout starts after validation), and the
        // same token reaches every database command, which stops its statement when it fires (see Data/SqliteInterrupt).
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(limits.ExecutionTimeoutSeconds));
        ExecutionResult result;
        try
        {
            result = await Execute(executer, http, request, limits, cost, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            return TimedOut(limits);
        }

        if (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            // A statement stopped by the deadline fails as the engine's own error; the answer says why.
            return TimedOut(limits);
        }

        if (cost.RequestedQueryCost > 0)
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions[RequestCost.Key] = new Dictionary<string, object?>
            {
                ["requestedQueryCost"] = cost.RequestedQueryCost,
                ["maximumAvailable"] = cost.MaximumAvailable,
            };
        }

        return result;
    }

    public static ExecutionResult RequestError(string code, string message) =>
        new() { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };

    private static ExecutionResult TimedOut(RequestLimits limits) => new()
    {
        Executed = true,
        Errors = [new ExecutionError($"The request ran longer than {limits.ExecutionTimeoutSeconds} s and was stopped; ask for less, or page through it.") { Code = ErrorCodes.Timeout }],
    };

    private static Task<ExecutionResult> Execute(
        IDocumentExecuter<DirectorySchema> executer, HttpContext http, GraphQLRequest request, RequestLimits limits, RequestCost cost, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = new Dictionary<string, object?>
            {
                [RequestCost.Key] = cost,
                [Caching.DocumentCache.MethodKey] = http.Request.Method,
                [UnhandledErrors.CorrelationIdKey] = http.TraceIdentifier,
            },
            CancellationToken = cancellationToken,
            ValidationRules = Rules(HttpMethods.IsGet(http.Request.Method), limits),
        });

    private static IEnumerable<IValidationRule>? Rules(bool isGet, RequestLimits limits)
    {
        if (!isGet && limits.IntrospectionEnabled)
        {
            return null;
        }

        var rules = DocumentValidator.CoreRules.AsEnumerable();
        if (isGet)
        {
            rules = rules.Append(QueriesOnlyOverGetRule.Instance);
        }

        if (!limits.IntrospectionEnabled)
        {
            rules = rules.Append(global::GraphQL.Validation.Rules.Custom.NoIntrospectionValidationRule.Instance);
        }

        return rules;
    }
}
