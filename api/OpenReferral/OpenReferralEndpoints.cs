using System.Text.Json;
using System.Text.Json.Nodes;
using VcsDirectory.Api.Caching;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.OpenReferral;

/// <summary>
/// Open Referral UK 3.0's read API under <c>/openreferral</c> (the profile's <c>openapi.json</c>): public data only,
/// rate-limited like <c>/graphql</c>. The unfiltered lists are whole-directory documents, built once per change of the
/// data and revalidated with their <c>ETag</c> (<see cref="RevalidatedDocuments"/>); filtered pages are built per request.
/// </summary>
public static class OpenReferralEndpoints
{
    public const string Profile = "https://github.com/openreferral/uk-profile";

    public static RouteGroupBuilder MapOpenReferral(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/openreferral");
        api.MapGet("/", About);
        api.MapGet("/services", Services);
        api.MapGet("/services/{id}", Service);
        api.MapGet("/service_at_locations", ServiceAtLocations);
        api.MapGet("/service_at_locations/{id}", ServiceAtLocation);
        api.MapGet("/taxonomies", Taxonomies);
        api.MapGet("/taxonomy_terms", TaxonomyTerms);
        return api;
    }

    private static Task Services(HttpContext http) =>
        List(http, "services", (r, q, ct) => r.ServicesAsync(OpenReferralServiceFilter.From(q), OpenReferralPaging.From(q), ct));

    private static Task Service(HttpContext http, string id) => One(http, r => r.ServiceAsync(id, http.RequestAborted), "service");

    private static Task ServiceAtLocations(HttpContext http) =>
        List(http, "service_at_locations", (r, q, ct) => r.ServiceAtLocationsAsync(OpenReferralServiceFilter.From(q), OpenReferralPaging.From(q), ct));

    private static Task ServiceAtLocation(HttpContext http, string id) => One(http, r => r.ServiceAtLocationAsync(id, http.RequestAborted), "service_at_location");

    private static Task Taxonomies(HttpContext http) => List(http, "taxonomies", (_, q, _) => Task.FromResult(OpenReferralTaxonomy.Page(OpenReferralPaging.From(q))));

    private static Task TaxonomyTerms(HttpContext http) => List(http, "taxonomy_terms", (r, q, ct) => r.TaxonomyTermsAsync(OpenReferralPaging.From(q), ct));

    private static Task About(HttpContext http) => Write(http, StatusCodes.Status200OK, new JsonObject
    {
        ["version"] = "3.0",
        ["profile"] = Profile,
        ["openapi_url"] = "https://raw.githubusercontent.com/openreferral/uk-profile/main/openapi.json",
    });

    private static async Task List(HttpContext http, string name, Func<OpenReferralReader, IQueryCollection, CancellationToken, Task<JsonObject>> build)
    {
        try
        {
            if (http.Request.QueryString.HasValue)
            {
                var document = await build(http.RequestServices.GetRequiredService<OpenReferralReader>(), http.Request.Query, http.RequestAborted);
                await Write(http, StatusCodes.Status200OK, document);
                return;
            }

            await http.RequestServices.GetRequiredService<RevalidatedDocuments>().WriteAsync(http, $"openreferral/{name}", OpenReferralJson.MediaType,
                async (services, ct) => OpenReferralJson.Bytes(await build(services.GetRequiredService<OpenReferralReader>(), QueryCollection.Empty, ct)));
        }
        catch (OpenReferralArgumentException e)
        {
            await Error(http, StatusCodes.Status400BadRequest, ErrorCodes.InvalidArgument, e.Message);
        }
    }

    private static async Task One(HttpContext http, Func<OpenReferralReader, Task<JsonObject?>> read, string what)
    {
        var document = await read(http.RequestServices.GetRequiredService<OpenReferralReader>());
        await (document is null
            ? Error(http, StatusCodes.Status404NotFound, ErrorCodes.NotFound, $"No {what} has this id.")
            : Write(http, StatusCodes.Status200OK, document));
    }

    private static async Task Write(HttpContext http, int status, JsonNode document)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = OpenReferralJson.MediaType;
        await http.Response.Body.WriteAsync(OpenReferralJson.Bytes(document), http.RequestAborted);
    }

    /// <summary>The default encoder: a message may echo the URL, so '&lt;' and '&gt;' stay escaped.</summary>
    private static Task Error(HttpContext http, int status, string code, string message) => Write(http, status,
        JsonSerializer.SerializeToNode(new { errors = new[] { new { message, extensions = new { code } } } })!);
}
