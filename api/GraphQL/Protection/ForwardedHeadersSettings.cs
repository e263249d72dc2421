using System.Net;

namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>
/// Configuration section <c>ForwardedHeaders</c>: off by default. When on, <c>X-Forwarded-For</c>/<c>-Proto</c> are
/// believed only from the proxies and networks listed (none listed: loopback only, ASP.NET Core's default), so rate
/// limits key on the client's address rather than the proxy's.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Parses every entry now, so a typo stops the start rather than silently trusting nobody.</summary>
    public (IPAddress[] Proxies, IPNetwork[] Networks) Parse()
    {
        try
        {
            return ([.. KnownProxies.Select(IPAddress.Parse)], [.. KnownNetworks.Select(n => IPNetwork.Parse(n))]);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{Section}:KnownProxies or KnownNetworks holds an entry that is not an address or a CIDR network: {e.Message}", e);
        }
    }
}
