using System.Runtime.CompilerServices;
using System.Text.Json;
using VcsDirectory.Api.Caching;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography.GeoJson;

namespace VcsDirectory.Api.Outreach.Mapping;

/// <summary>
/// Each map layer as one document per change of the data (<see cref="RevalidatedDocuments"/>), shared by
/// <c>GET /geo/{layer}.geojson</c> and the <c>mapLayer</c> field: neither rebuilds a layer per visitor.
/// </summary>
public static class MapLayerDocuments
{
    /// <summary>The field's JSON value of a build, parsed once and dropped with the build.</summary>
    private static readonly ConditionalWeakTable<RevalidatedDocument, object> Elements = [];

    public static Task WriteAsync(HttpContext http, MapLayer layer)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.RequestServices.GetRequiredService<RevalidatedDocuments>().WriteAsync(http, Name(layer), GeoJsonDocuments.MediaType, Build(layer));
    }

    /// <summary>The current layer as a JSON value, for a GraphQL answer.</summary>
    public static async Task<JsonElement> ElementAsync(IServiceProvider services, MapLayer layer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var document = await services.GetRequiredService<RevalidatedDocuments>().CurrentAsync(
            services.GetRequiredService<DirectoryDbContext>(), Name(layer), GeoJsonDocuments.MediaType, Build(layer), cancellationToken);
        return (JsonElement)Elements.GetValue(document, built => JsonSerializer.Deserialize<JsonElement>(built.Body.Span));
    }

    private static string Name(MapLayer layer) => $"geo/{MapLayerNames.Of(layer)}";

    private static Func<IServiceProvider, CancellationToken, Task<byte[]>> Build(MapLayer layer) =>
        async (services, cancellationToken) =>
            GeoJsonDocuments.WriteUtf8(await services.GetRequiredService<MapLayers>().BuildAsync(layer, cancellationToken));
}
