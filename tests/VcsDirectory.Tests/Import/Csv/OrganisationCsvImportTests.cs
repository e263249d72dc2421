using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Import.Csv;

/// <summary>POST /imports/organisations: creates and updates through the organisations' rules, all or nothing, audited, idempotent.</summary>
public sealed class OrganisationCsvImportTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    [Fact]
    public async Task A_new_row_creates_an_organisation_with_an_audit_entry()
    {
        var before = await factory.CountsAsync();

        var (status, body) = await factory.ImportAsync(CsvClient.Header + "\nHamworthy Toy Library,,COMMUNITY_GROUP,4200,0,6,BH15,HAMWORTHY_EAST,EARLY_YEARS,GOVERNANCE:2,FUNDRAISING:1,no,0,yes\n");

        Assert.Equal(200, status);
        Assert.Equal(1, body["created"]!.GetValue<int>());
        var after = await factory.CountsAsync();
        Assert.Equal((before.Organisations + 1, before.AuditEntries + 1), (after.Organisations, after.AuditEntries));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var created = await db.Organisations.Include(o => o.Capacities).SingleAsync(o => o.Name == "Hamworthy Toy Library");
        Assert.Equal((4200L, 6, "BH15", 1), (created.AnnualIncome, created.VolunteerCount, created.PostcodeArea, created.Capacities.Count));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "importOrganisations" && a.EntityId == created.Id));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var csv = CsvClient.Header + "\nCanford Heath Dads,,COMMUNITY_GROUP,900,0,3,BH17,,,,,no,0,yes\n";
        await factory.ImportAsync(csv);
        var before = await factory.CountsAsync();

        var (status, body) = await factory.ImportAsync(csv);

        Assert.Equal(200, status);
        Assert.Equal((0, 0, 1), (body["created"]!.GetValue<int>(), body["updated"]!.GetValue<int>(), body["unchanged"]!.GetValue<int>()));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_changed_row_updates_its_organisation_raises_its_version_and_is_audited()
    {
        await factory.ImportAsync(CsvClient.Header + "\nOakdale Baby Cafe,,CHARITY,1000,0,2,BH15,,,,,no,0,yes\n");
        var before = await factory.CountsAsync();

        var (_, body) = await factory.ImportAsync("name,postcode_area,volunteers\nOakdale Baby Cafe,BH15,9\n");

        Assert.Equal(1, body["updated"]!.GetValue<int>());
        var after = await factory.CountsAsync();
        Assert.Equal((before.Organisations, before.AuditEntries + 1, before.Versions + 1), after);
    }

    [Fact]
    public async Task The_README_example_file_imports_cleanly()
    {
        var file = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "schema", "examples", "organisations.csv"));

        var (status, body) = await factory.ImportAsync(file, dryRun: true);

        Assert.True(status == 200, body.ToJsonString());
        Assert.Equal(2, body["created"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_dry_run_reports_what_it_would_do_and_writes_nothing()
    {
        var before = await factory.CountsAsync();

        var (status, body) = await factory.ImportAsync(CsvClient.Header + "\nDry Run Group,,CHARITY,1000,0,2,BH12,,,,,no,0,yes\n", dryRun: true);

        Assert.Equal(200, status);
        Assert.Equal((true, false, 1), (body["dryRun"]!.GetValue<bool>(), body["written"]!.GetValue<bool>(), body["created"]!.GetValue<int>()));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task One_bad_row_refuses_the_whole_file_and_every_problem_names_its_row_and_column()
    {
        var before = await factory.CountsAsync();
        var csv = CsvClient.Header + "\nGood Group,,CHARITY,1000,0,2,BH12,,,,,no,0,yes" +
                  "\nBad Group,,CASTLE,-5,0,2,BH12,NOWHERE,,GOVERNANCE:9,,maybe,0,yes\n";

        var (status, body) = await factory.ImportAsync(csv);

        Assert.Equal(422, status);
        var problems = body.Problems().ToList();
        Assert.Contains((3, "kind", "INVALID_VALUE"), problems);
        Assert.Contains((3, "income", "INVALID_NUMBER"), problems);
        Assert.Contains((3, "wards", "UNKNOWN_REFERENCE"), problems);
        Assert.Contains((3, "capacities", "OUT_OF_RANGE"), problems);
        Assert.Contains((3, "to_mentor", "INVALID_VALUE"), problems);
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task Two_rows_naming_the_same_organisation_are_refused()
    {
        var (status, body) = await factory.ImportAsync("name,kind,postcode_area\nTwin Group,CHARITY,BH12\ntwin group,CHARITY,bh12\n");

        Assert.Equal(422, status);
        Assert.Contains((3, "name", "DUPLICATE_ROW"), body.Problems());
    }

    [Fact]
    public async Task An_anonymous_caller_is_refused_401_and_nothing_is_written()
    {
        var before = await factory.CountsAsync();
        using var content = new StringContent("name,kind\nSneaky Group,CHARITY\n", System.Text.Encoding.UTF8, "text/csv");

        var response = await factory.CreateClient().PostAsync("/imports/organisations", content);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_coordinator_is_refused_403_and_nothing_is_written()
    {
        var before = await factory.CountsAsync();

        var (status, _) = await factory.ImportAsync("name,kind\nSneaky Group,CHARITY\n", token: TestTokens.CoordinatorOf(1));

        Assert.Equal(403, status);
        Assert.Equal(before, await factory.CountsAsync());
    }
}
