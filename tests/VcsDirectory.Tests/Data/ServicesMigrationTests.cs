using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Data;

public sealed class ServicesMigrationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task A_directory_stored_before_services_gets_one_service_per_organisation_and_category()
    {
        await using var db = Context();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().First());
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "ServiceCategories" ("Code", "Name", "Description") VALUES ('YOUTH', 'Youth', 'For young people.'), ('SEND', 'SEND', 'For SEND.')""");
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Organisations" ("Name", "Kind", "AnnualIncome", "SizeBand", "StaffCount", "VolunteerCount", "Willingness_ToMentor", "Willingness_MaxMentees",
              "Willingness_ToLeadConsortium", "Willingness_ToJoinConsortium", "Willingness_ToManageCentre", "Willingness_ToAddValue", "IsSynthetic", "Version")
            VALUES ('Hamworthy Youth Trust', 'Charity', 5000, 1, 0, 3, {0}, 0, {0}, {0}, {0}, {0}, {1}, 1)
            """, false, true);
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "OrganisationServices" ("OrganisationId", "ServicesId") SELECT o."Id", c."Id" FROM "Organisations" o, "ServiceCategories" c""");

        await migrator.MigrateAsync();

        var services = await db.Services.Include(s => s.ServiceCategory).OrderBy(s => s.ServiceCategory.Code).ToListAsync();
        Assert.Equal(["SEND (Hamworthy Youth Trust)", "Youth (Hamworthy Youth Trust)"], services.Select(s => s.Name));
        Assert.All(services, s => Assert.True(s.IsSynthetic && s.IsFree && s.DeliveryModes.SequenceEqual([Api.Services.DeliveryMode.InPerson]) && s.Languages.SequenceEqual(["en"])));
    }

    private DirectoryDbContext Context() => _database.CreateContext();

    public void Dispose() => _database.Dispose();
}
