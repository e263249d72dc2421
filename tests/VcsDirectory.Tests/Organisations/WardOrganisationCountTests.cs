using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Organisations;

/// <summary>
/// The database's count of each ward's listed organisations (<see cref="WardOrganisationCount"/>) equals counting its
/// links afresh: from the migration on, and after every kind of write, here made by hand in SQL, as the triggers
/// must hold whoever writes.
/// </summary>
public sealed class WardOrganisationCountTests : IDisposable
{
    private const string Migration = "_WardOrganisationCounts";

    private readonly TestDatabase _database = new();

    [Fact]
    public async Task A_directory_stored_before_the_counter_starts_with_each_wards_listed_organisations()
    {
        await using var db = Context();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().TakeWhile(m => !m.EndsWith(Migration, StringComparison.Ordinal)).Last());
        await InsertWardsAsync(db, 1, 2, 3);
        await InsertOrganisationAsync(db, 1);
        await InsertOrganisationAsync(db, 2);
        await InsertOrganisationAsync(db, 3, archived: true);
        await LinkAsync(db, (1, 1), (1, 2), (2, 1), (3, 1), (3, 2));

        await migrator.MigrateAsync();

        Assert.Equal(new Dictionary<int, int> { [1] = 2, [2] = 1, [3] = 0 }, await CountersAsync(db));
    }

    [Fact]
    public async Task The_counter_follows_links_archiving_and_deletions_written_by_hand()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();
        await InsertWardsAsync(db, 1, 2, 3);
        await InsertOrganisationAsync(db, 1);
        await InsertOrganisationAsync(db, 2);
        await InsertOrganisationAsync(db, 3, archived: true);
        await AssertCountedAfresh(db, 0, 0, 0);

        await LinkAsync(db, (1, 1), (1, 2), (2, 1), (3, 1), (3, 3));
        await AssertCountedAfresh(db, 2, 1, 0);

        await db.Database.ExecuteSqlRawAsync("""UPDATE "Organisations" SET "ArchivedAt" = {0} WHERE "Id" = 1""", DateTime.UtcNow);
        await AssertCountedAfresh(db, 1, 0, 0);

        await db.Database.ExecuteSqlRawAsync("""UPDATE "Organisations" SET "ArchivedAt" = NULL WHERE "Id" IN (1, 3)""");
        await AssertCountedAfresh(db, 3, 1, 1);

        await db.Database.ExecuteSqlRawAsync("""UPDATE "Organisations" SET "ArchiveReason" = 'Unchanged archive state' WHERE "Id" = 2""");
        await AssertCountedAfresh(db, 3, 1, 1);

        await db.Database.ExecuteSqlRawAsync("""UPDATE "OrganisationWards" SET "WardsId" = 3 WHERE "OrganisationId" = 2 AND "WardsId" = 1""");
        await AssertCountedAfresh(db, 2, 1, 2);

        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "OrganisationWards" WHERE "OrganisationId" = 1 AND "WardsId" = 2""");
        await AssertCountedAfresh(db, 2, 0, 2);

        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "Organisations" WHERE "Id" = 3""");
        await AssertCountedAfresh(db, 1, 0, 1);

        await db.Database.ExecuteSqlRawAsync("""UPDATE "Organisations" SET "ArchivedAt" = {0} WHERE "Id" = 2""", DateTime.UtcNow);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "Organisations" WHERE "Id" = 2""");
        await AssertCountedAfresh(db, 1, 0, 0);

        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "Wards" WHERE "Id" = 2""");
        await InsertWardsAsync(db, 4);
        await LinkAsync(db, (1, 4));
        Assert.Equal(new Dictionary<int, int> { [1] = 1, [3] = 0, [4] = 1 }, await CountersAsync(db));
        Assert.Equal(await CountersAsync(db), await CountedAfreshAsync(db));
    }

    /// <summary>Wards 1, 2 and 3 have the given counts, and the counter says what counting the links afresh says.</summary>
    private static async Task AssertCountedAfresh(DirectoryDbContext db, params int[] counts)
    {
        var counters = await CountersAsync(db);
        Assert.Equal(counts, counters.OrderBy(c => c.Key).Select(c => c.Value));
        Assert.Equal(await CountedAfreshAsync(db), counters);
    }

    private static async Task<Dictionary<int, int>> CountersAsync(DirectoryDbContext db) =>
        await db.Set<WardOrganisationCount>().ToDictionaryAsync(c => c.WardId, c => c.Organisations);

    private static async Task<Dictionary<int, int>> CountedAfreshAsync(DirectoryDbContext db) =>
        await db.Wards.Select(w => new { w.Id, Count = db.Organisations.Count(o => o.ArchivedAt == null && o.Wards.Any(x => x.Id == w.Id)) })
            .ToDictionaryAsync(w => w.Id, w => w.Count);

    private static async Task InsertWardsAsync(DirectoryDbContext db, params int[] ids)
    {
        foreach (var id in ids)
        {
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Wards" ("Id", "Code", "Name", "CentroidLatitude", "CentroidLongitude", "CentroidIsApproximate", "Source") VALUES ({0}, {1}, {2}, 50.7, -1.9, {3}, 'test')""",
                id, $"W{id}", $"Ward {id}", true);
        }
    }

    private static async Task InsertOrganisationAsync(DirectoryDbContext db, int id, bool archived = false)
    {
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Organisations" ("Id", "Name", "Kind", "AnnualIncome", "SizeBand", "StaffCount", "VolunteerCount", "Willingness_ToMentor", "Willingness_MaxMentees",
              "Willingness_ToLeadConsortium", "Willingness_ToJoinConsortium", "Willingness_ToManageCentre", "Willingness_ToAddValue", "IsSynthetic", "Version")
            VALUES ({0}, {1}, 'Charity', 5000, 1, 0, 3, {2}, 0, {2}, {2}, {2}, {2}, {3}, 1)
            """,
            id, $"Group {id}", false, true);
        if (archived)
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Organisations" SET "ArchivedAt" = {0} WHERE "Id" = {1}""", DateTime.UtcNow, id);
        }
    }

    private static async Task LinkAsync(DirectoryDbContext db, params (int Organisation, int Ward)[] links)
    {
        foreach (var (organisation, ward) in links)
        {
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "OrganisationWards" ("OrganisationId", "WardsId") VALUES ({0}, {1})""", organisation, ward);
        }
    }

    private DirectoryDbContext Context() => _database.CreateContext();

    public void Dispose() => _database.Dispose();
}
