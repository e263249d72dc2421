namespace VcsDirectory.Api.Pages;

/// <summary>
/// The pages' response headers: never framed, never sniffed, scripts from this server only (the pages handle bearer
/// tokens), data only from this server, images also from the configured tile server.
/// </summary>
public sealed class PageSecurityHeaders(MapPageOptions map)
{
    private readonly string _policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; " +
        $"img-src 'self' data:{TileSource(map.TileUrl)}; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = _policy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        response.Headers["Referrer-Policy"] = "same-origin";
    }

    /// <summary>The tile server's origin as a CSP source: a <c>{s}</c> subdomain becomes <c>*</c>; nothing for tiles on this server.</summary>
    private static string TileSource(string tileUrl)
    {
        var authorityEnd = tileUrl.IndexOf('/', tileUrl.IndexOf("//", StringComparison.Ordinal) + 2);
        return tileUrl.StartsWith("http", StringComparison.OrdinalIgnoreCase) && authorityEnd > 0
            ? " " + tileUrl[..authorityEnd].Replace("{s}", "*", StringComparison.Ordinal)
            : "";
    }
}
