using GraphQL;
using GraphQL.Execution;
using GraphQLParser.Exceptions;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// What becomes of an exception no resolver expected. The parser's own depth limit is the client's error; anything
/// else is logged with the request's correlation id, and the answer carries that id and nothing of the exception.
/// </summary>
internal static class UnhandledErrors
{
    public const string CorrelationIdKey = "correlationId";

    public static Task HandleAsync(UnhandledExceptionContext context)
    {
        if (context.OriginalException is GraphQLMaxDepthExceededException)
        {
            context.Exception = new ExecutionError("The document nests selections, arguments or values deeper than the parser allows; flatten it.") { Code = "MAX_DEPTH" };
            return Task.CompletedTask;
        }

        var options = context.ExecutionOptions;
        if (options.CancellationToken.IsCancellationRequested)
        {
            // A statement stopped by the request's deadline (SQLite's interrupt): not a fault; the endpoint answers TIMEOUT.
            context.Exception = new ExecutionError("The request was stopped.") { Code = ErrorCodes.Timeout };
            return Task.CompletedTask;
        }

        var correlationId = options.UserContext.TryGetValue(CorrelationIdKey, out var id) && id is string known ? known : Guid.NewGuid().ToString("N");
        var logger = options.RequestServices?.GetService<ILogger<DirectorySchema>>();
        logger?.LogError(context.OriginalException, "Unhandled exception while executing a GraphQL request (correlation id {CorrelationId}).", correlationId);
        // A fresh error: the original's type name would otherwise leak out as its code.
        context.Exception = new ExecutionError($"An internal error occurred; it has been logged with correlation id {correlationId}.")
        {
            Code = ErrorCodes.Internal,
            Extensions = new Dictionary<string, object?> { [CorrelationIdKey] = correlationId },
        };
        return Task.CompletedTask;
    }
}
