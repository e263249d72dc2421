using System.Text.Json;

namespace VcsDirectory.Api.Outreach.Mapping;

/// <summary>
/// The need map's layers as plain GeoJSON files for map libraries that fetch a URL (Leaflet, MapLibre, QGIS):
/// <c>GET /geo/{layer}.geojson</c>, public read-only data behind the same global rate limiter as <c>/graphql</c>.
/// Each layer is built once per change of the data and revalidated with its <c>ETag</c> (see <see cref="MapLayerDocuments"/>).
/// </summary>
public static class GeoJsonLayerEndpoints
{
    public const string NotFound = "NOT_FOUND";

    public static IEndpointConventionBuilder MapGeoJsonLayers(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/geo/{layer}.geojson", HandleAsync);

    private static async Task HandleAsync(HttpContext http, string layer)
    {
        if (!MapLayerNames.TryParse(layer, out var which))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "application/json; charset=utf-8";
            var message = $"There is no map layer '{(layer.Length <= 40 ? layer : layer[..40] + "…")}': the layers are {string.Join(", ", MapLayerNames.All)}.";
            // The default encoder, not the layers' relaxed one: the message echoes the URL, so '<' and '>' stay escaped.
            await JsonSerializer.SerializeAsync(
                http.Response.Body, new { errors = new[] { new { message, extensions = new { code = NotFound } } } }, cancellationToken: http.RequestAborted);
            return;
        }

        await MapLayerDocuments.WriteAsync(http, which);
    }
}
