using GraphQL;
using GraphQL.Execution;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// What an error shows a client: never exception details; the "Did you mean…" hints only while the
/// schema is open to introspection anyway.
/// </summary>
public sealed class DirectoryErrorInfoProvider(RequestLimits limits) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    // GraphQL.NET derives extra codes from exception type names; ours are set explicitly and are enough.
    ExposeCodes = false,
})
{
    private const string Suggestion = " Did you mean";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (!limits.IntrospectionEnabled)
        {
            var at = info.Message.IndexOf(Suggestion, StringComparison.Ordinal);
            if (at >= 0)
            {
                info.Message = info.Message[..at];
            }
        }

        return info;
    }
}
