using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Import.Csv;

/// <summary>Posts spreadsheets to the import as a client would, and reads what the database holds afterwards.</summary>
public static class CsvClient
{
    public static Task<(int Status, JsonObject Body)> ImportAsync(this DirectoryApiFactory factory, string csv, string? token = null, bool dryRun = false) =>
        factory.ImportAsync(Encoding.UTF8.GetBytes(csv), token, dryRun);

    public static async Task<(int Status, JsonObject Body)> ImportAsync(
        this DirectoryApiFactory factory, byte[] csv, string? token = null, bool dryRun = false, string contentType = "text/csv")
    {
        var client = factory.CreateClient().WithToken(token ?? TestTokens.CvsStaff());
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PostAsync($"/imports/organisations{(dryRun ? "?dryRun=true" : "")}", content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>Organisations and audit entries in the database: what "nothing written" is checked against.</summary>
    public static async Task<(int Organisations, int AuditEntries, int Versions)> CountsAsync(this DirectoryApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        return (await db.Organisations.CountAsync(), await db.AuditEntries.CountAsync(), await db.Organisations.SumAsync(o => o.Version));
    }

    public static IEnumerable<(int Row, string Column, string Code)> Problems(this JsonObject body) =>
        body["problems"]!.AsArray().Select(p => (p!["row"]!.GetValue<int>(), p["column"]!.GetValue<string>(), p["code"]!.GetValue<string>()));

    public const string Header = "name,identifier,kind,income,staff,volunteers,postcode_area,wards,services,capacities,needs,to_mentor,max_mentees,is_synthetic";
}
