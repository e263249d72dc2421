using VcsDirectory.Api.Access;
using VcsDirectory.Api.Caching;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Import.Csv;

/// <summary>
/// The survey spreadsheet in and out: <c>GET /exports/organisations.csv</c> and <c>/exports/services.csv</c> (public,
/// revalidated by ETag like the map layers) and <c>POST /imports/organisations</c> (CVS staff; <c>text/csv</c>;
/// <c>?dryRun=true</c> checks and counts without writing).
/// </summary>
public static class CsvEndpoints
{
    public static IEndpointRouteBuilder MapCsvExchange(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/organisations.csv", (HttpContext http) => Export(http, "organisations", OrganisationCsvExport.WriteAsync));
        endpoints.MapGet("/exports/services.csv", (HttpContext http) => Export(http, "services", ServiceCsvExport.WriteAsync));
        endpoints.MapPost("/imports/organisations", ImportOrganisations);
        return endpoints;
    }

    private static Task Export(HttpContext http, string name, Func<DirectoryDbContext, CancellationToken, Task<byte[]>> write) =>
        http.RequestServices.GetRequiredService<RevalidatedDocuments>().WriteAsync(http, $"exports/{name}.csv", CsvDocument.MediaType,
            (services, cancellationToken) => write(services.GetRequiredService<DirectoryDbContext>(), cancellationToken));

    /// <summary>Who may is decided from the token before the body is read; then the type and size, then the file.</summary>
    private static async Task ImportOrganisations(HttpContext http)
    {
        var caller = DirectoryCaller.From(http.User);
        if (!AccessPolicy.IsStaff(caller))
        {
            await Refuse(http, caller.IsAuthenticated ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
                caller.IsAuthenticated ? ErrorCodes.Forbidden : ErrorCodes.Unauthenticated, "Only CVS staff may import organisations.");
            return;
        }

        if (!string.Equals(http.Request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            await Refuse(http, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "Send the spreadsheet as text/csv (UTF-8).");
            return;
        }

        if (await CsvBody.ReadAsync(http.Request, http.RequestAborted) is not { } bytes)
        {
            await Refuse(http, StatusCodes.Status413PayloadTooLarge, "TOO_LARGE", $"The file is larger than {CsvLimits.MaxBytes / (1024 * 1024)} MB.");
            return;
        }

        var dryRun = string.Equals(http.Request.Query["dryRun"], "true", StringComparison.OrdinalIgnoreCase);
        var (table, problems) = CsvTableReader.Read(bytes, OrganisationColumns.Importable, [OrganisationColumns.Name]);
        var report = table is null
            ? CsvImportReport.Refused(dryRun, problems)
            : await http.RequestServices.GetRequiredService<OrganisationCsvImporter>().ImportAsync(caller, table, dryRun, http.RequestAborted);
        http.Response.StatusCode = report.Problems.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        await http.Response.WriteAsJsonAsync(report, CsvReportJson.Options, http.RequestAborted);
    }

    private static async Task Refuse(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code } } } }, http.RequestAborted);
    }
}
