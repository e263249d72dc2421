namespace VcsDirectory.Api.GraphQL;

/// <summary>The codes our own errors carry in <c>extensions.code</c>; clients switch on these, never on messages.</summary>
public static class ErrorCodes
{
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string TooManyIds = "TOO_MANY_IDS";
    public const string Internal = "INTERNAL_SERVER_ERROR";

    /// <summary>An exact computation hit its time guard: the answer would not be exact, so none is given.</summary>
    public const string ComputationTimeout = "COMPUTATION_TIMEOUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
}
