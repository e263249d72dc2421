using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VcsDirectory.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// Each ward's count of listed organisations (<c>WardOrganisationCount</c>), filled from the links stored and kept
    /// by triggers from then on, so a ward's unfiltered total is one row to read.
    /// </summary>
    public partial class WardOrganisationCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WardOrganisationCounts",
                columns: table => new
                {
                    WardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Organisations = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WardOrganisationCounts", x => x.WardId);
                    table.ForeignKey(
                        name: "FK_WardOrganisationCounts_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The counter starts from the links already stored; from here on only the triggers below write it.
            migrationBuilder.Sql("""
                INSERT INTO "WardOrganisationCounts" ("WardId", "Organisations")
                SELECT w."Id", (SELECT COUNT(*) FROM "OrganisationWards" l JOIN "Organisations" o ON o."Id" = l."OrganisationId"
                                WHERE l."WardsId" = w."Id" AND o."ArchivedAt" IS NULL)
                FROM "Wards" w;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Wards_OrganisationCount" AFTER INSERT ON "Wards"
                BEGIN
                    INSERT INTO "WardOrganisationCounts" ("WardId", "Organisations") VALUES (new."Id", 0);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "OrganisationWards_CountInsert" AFTER INSERT ON "OrganisationWards"
                WHEN EXISTS (SELECT 1 FROM "Organisations" WHERE "Id" = new."OrganisationId" AND "ArchivedAt" IS NULL)
                BEGIN
                    UPDATE "WardOrganisationCounts" SET "Organisations" = "Organisations" + 1 WHERE "WardId" = new."WardsId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "OrganisationWards_CountDelete" AFTER DELETE ON "OrganisationWards"
                WHEN EXISTS (SELECT 1 FROM "Organisations" WHERE "Id" = old."OrganisationId" AND "ArchivedAt" IS NULL)
                BEGIN
                    UPDATE "WardOrganisationCounts" SET "Organisations" = "Organisations" - 1 WHERE "WardId" = old."WardsId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "OrganisationWards_CountUpdate" AFTER UPDATE ON "OrganisationWards"
                BEGIN
                    UPDATE "WardOrganisationCounts" SET "Organisations" = "Organisations" - 1 WHERE "WardId" = old."WardsId"
                        AND EXISTS (SELECT 1 FROM "Organisations" WHERE "Id" = old."OrganisationId" AND "ArchivedAt" IS NULL);
                    UPDATE "WardOrganisationCounts" SET "Organisations" = "Organisations" + 1 WHERE "WardId" = new."WardsId"
                        AND EXISTS (SELECT 1 FROM "Organisations" WHERE "Id" = new."OrganisationId" AND "ArchivedAt" IS NULL);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Organisations_CountArchive" AFTER UPDATE OF "ArchivedAt" ON "Organisations"
                WHEN (old."ArchivedAt" IS NULL) <> (new."ArchivedAt" IS NULL)
                BEGIN
                    UPDATE "WardOrganisationCounts" SET "Organisations" = "Organisations" + (CASE WHEN new."ArchivedAt" IS NULL THEN 1 ELSE -1 END)
                    WHERE "WardId" IN (SELECT "WardsId" FROM "OrganisationWards" WHERE "OrganisationId" = new."Id");
                END;
                """);
            // Its links go first, while the organisation is still there to say whether they were counted.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Organisations_CountDelete" BEFORE DELETE ON "Organisations"
                BEGIN
                    DELETE FROM "OrganisationWards" WHERE "OrganisationId" = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "Wards_OrganisationCount", "OrganisationWards_CountInsert", "OrganisationWards_CountDelete", "OrganisationWards_CountUpdate", "Organisations_CountArchive", "Organisations_CountDelete" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
            }

            migrationBuilder.DropTable(
                name: "WardOrganisationCounts");
        }
    }
}
