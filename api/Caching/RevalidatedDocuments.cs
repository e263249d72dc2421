using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.Caching;

/// <summary>
/// Documents built from the whole directory (map layers, exports), built once per change of the data, not once per
/// visitor, and served with an <c>ETag</c> a browser revalidates with <c>If-None-Match</c>.
/// </summary>
/// <remarks>
/// The tag is worked out from the data's <see cref="DataFingerprint"/> before anything is built, so several instances
/// on one database give the same tag for the same data, and a revalidation costs one primary-key read. The build it
/// names joins the tag to this build of the API, so a release that changes a document's shape changes its tag too.
/// </remarks>
public sealed class RevalidatedDocuments(IServiceScopeFactory scopes)
{
    private static readonly string Release = typeof(RevalidatedDocuments).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Kestrel's default response buffer (<c>KestrelServerLimits.MaxResponseBufferSize</c>): a write past it waits for the socket.</summary>
    private const int WriteSlice = 64 * 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string ETag, Task<RevalidatedDocument> Building)> _latest = [];

    /// <summary>
    /// Answers a GET for the document <paramref name="name"/>: <c>304 Not Modified</c> when the client holds the current
    /// one, else the document, built by <paramref name="build"/> (in a scope of its own, shared by the requests
    /// that arrive while it runs) unless it is built already for the current data.
    /// </summary>
    public async Task WriteAsync(HttpContext http, string name, string contentType, Func<IServiceProvider, CancellationToken, Task<byte[]>> build)
    {
        var db = http.RequestServices.GetRequiredService<DirectoryDbContext>();
        var etag = Tag(name, await DataFingerprint.ReadAsync(db, http.RequestAborted));
        http.Response.Headers.ETag = etag;
        // Public data; a browser keeps it but asks every time whether it still holds (a 304 is one small statement).
        http.Response.Headers.CacheControl = "public, no-cache";
        if (Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var document = await LatestAsync(name, etag, contentType, build);
        http.Response.ContentType = document.ContentType;
        http.Response.ContentLength = document.Body.Length;
        // In slices: one write of the whole document (2.8 MB for the organisations layer at 10,000) is copied into the
        // connection's output buffers at once, a copy per connection being served; between slices Kestrel waits until the
        // socket has taken what it holds (measured at 10,000: 85 MiB more anonymous memory while the layer was served whole,
        // none in slices, and about 1.5 times the layer's requests per second on one connection).
        for (var sent = 0; sent < document.Body.Length; sent += WriteSlice)
        {
            await http.Response.Body.WriteAsync(document.Body.Slice(sent, Math.Min(WriteSlice, document.Body.Length - sent)), http.RequestAborted);
        }
    }

    /// <summary>
    /// The document <paramref name="name"/> for the current data, built unless it is built already: for a field that
    /// serves the same document inside another answer (a GraphQL field), sharing the one build per change of the data.
    /// </summary>
    public async Task<RevalidatedDocument> CurrentAsync(
        DirectoryDbContext db, string name, string contentType, Func<IServiceProvider, CancellationToken, Task<byte[]>> build, CancellationToken cancellationToken) =>
        await LatestAsync(name, Tag(name, await DataFingerprint.ReadAsync(db, cancellationToken)), contentType, build);

    private Task<RevalidatedDocument> LatestAsync(string name, string etag, string contentType, Func<IServiceProvider, CancellationToken, Task<byte[]>> build)
    {
        lock (_gate)
        {
            if (_latest.TryGetValue(name, out var latest) && latest.ETag == etag && !latest.Building.IsFaulted && !latest.Building.IsCanceled)
            {
                return latest.Building;
            }

            var building = BuildAsync(etag, contentType, build);
            _latest[name] = (etag, building);
            return building;
        }
    }

    /// <summary>Not cancelled with the request that started it: the requests waiting for it would fail with it.</summary>
    private async Task<RevalidatedDocument> BuildAsync(string etag, string contentType, Func<IServiceProvider, CancellationToken, Task<byte[]>> build)
    {
        await using var scope = scopes.CreateAsyncScope();
        return new RevalidatedDocument(etag, contentType, await build(scope.ServiceProvider, CancellationToken.None));
    }

    private static string Tag(string name, string data)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{name}\n{data}\n{Release}"));
        return $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }

    /// <summary>RFC 9110: a list of tags, weak ones compared weakly, or <c>*</c>.</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Any(t => t == "*" || t == etag || t == "W/" + etag);
}
