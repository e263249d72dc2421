namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>Requests per client per window (configuration section <c>RateLimits</c>): anonymous callers by address, others by token subject.</summary>
public sealed class RateLimits
{
    public const string Section = "RateLimits";

    public int AnonymousPerWindow { get; set; } = 120;

    public int AuthenticatedPerWindow { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;
}
