using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Import.Csv;

/// <summary>Rows are saved together in chunks; each created or changed organisation still gets an entry of its own changes.</summary>
public sealed class OrganisationCsvAuditTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task Each_created_or_changed_row_of_one_file_has_an_audit_entry_holding_only_its_own_changes()
    {
        await factory.ImportAsync(CsvClient.Header + "\nCanford Heath Sling Library,,COMMUNITY_GROUP,800,0,2,BH17,,,,,no,0,yes\n");
        var rows = new[] { "Alderney Knit and Natter,,COMMUNITY_GROUP,300,0,4,BH12", "Bourne Valley Dads,,COMMUNITY_GROUP,500,0,5,BH12", "Canford Heath Sling Library,,COMMUNITY_GROUP,800,0,7,BH17" };
        var before = await factory.CountsAsync();

        var (status, body) = await factory.ImportAsync("name,identifier,kind,income,staff,volunteers,postcode_area\n" + string.Join('\n', rows) + "\n");

        Assert.Equal(200, status);
        Assert.Equal((2, 1), (body["created"]!.GetValue<int>(), body["updated"]!.GetValue<int>()));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var entries = await db.AuditEntries.Where(a => a.Action == "importOrganisations").OrderByDescending(a => a.Id).Take(3).ToListAsync();
        Assert.Equal(before.AuditEntries + 3, (await factory.CountsAsync()).AuditEntries);
        foreach (var name in new[] { "Alderney Knit and Natter", "Bourne Valley Dads" })
        {
            var id = (await db.Organisations.SingleAsync(o => o.Name == name)).Id;
            var entry = Assert.Single(entries, e => e.EntityId == id);
            Assert.Contains(name, entry.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain(name == "Bourne Valley Dads" ? "Alderney" : "Bourne", entry.Changes, StringComparison.Ordinal);
        }

        var changed = Assert.Single(entries, e => e.EntityId == db.Organisations.Single(o => o.Name == "Canford Heath Sling Library").Id);
        Assert.Contains("\"VolunteerCount\"", changed.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Alderney", changed.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Bourne", changed.Changes, StringComparison.Ordinal);
    }
}
