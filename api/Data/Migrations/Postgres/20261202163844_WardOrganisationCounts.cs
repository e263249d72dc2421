using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VcsDirectory.Api.Data.Migrations.Postgres
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
                    WardId = table.Column<int>(type: "integer", nullable: false),
                    Organisations = table.Column<int>(type: "integer", nullable: false)
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
                CREATE FUNCTION "WardOrganisationCounts_NewWard"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "WardOrganisationCounts" ("WardId", "Organisations") VALUES (NEW."Id", 0);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Wards_OrganisationCount" AFTER INSERT ON "Wards"
                    FOR EACH ROW EXECUTE FUNCTION "WardOrganisationCounts_NewWard"();
                """);
            // Concurrent writers: a change of a link first locks its organisation's row (as archiving it does), so a
            // link written while its organisation is archived waits for one or the other and then reads what it
            // committed (each statement of a plpgsql function sees what committed before it): it is counted exactly
            // once. Then every change of a count takes the counters' one transaction lock, so two saves never hold
            // counter rows the other wants. Both in that order everywhere: no deadlock between single-organisation saves.
            migrationBuilder.Sql("""
                CREATE FUNCTION "WardOrganisationCounts_Link"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        PERFORM 1 FROM "Organisations" WHERE "Id" = OLD."OrganisationId" FOR NO KEY UPDATE;
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        PERFORM 1 FROM "Organisations" WHERE "Id" = NEW."OrganisationId" FOR NO KEY UPDATE;
                    END IF;
                    PERFORM pg_advisory_xact_lock(7120017);
                    IF TG_OP <> 'INSERT' THEN
                        UPDATE "WardOrganisationCounts" SET "Organisations" = "Organisations" - 1 WHERE "WardId" = OLD."WardsId"
                            AND EXISTS (SELECT 1 FROM "Organisations" WHERE "Id" = OLD."OrganisationId" AND "ArchivedAt" IS NULL);
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        UPDATE "WardOrganisationCounts" SET "Organisations" = "Organisations" + 1 WHERE "WardId" = NEW."WardsId"
                            AND EXISTS (SELECT 1 FROM "Organisations" WHERE "Id" = NEW."OrganisationId" AND "ArchivedAt" IS NULL);
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "OrganisationWards_Count" AFTER INSERT OR UPDATE OR DELETE ON "OrganisationWards"
                    FOR EACH ROW EXECUTE FUNCTION "WardOrganisationCounts_Link"();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "WardOrganisationCounts_Archive"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(7120017);
                    UPDATE "WardOrganisationCounts" SET "Organisations" = "Organisations" + (CASE WHEN NEW."ArchivedAt" IS NULL THEN 1 ELSE -1 END)
                    WHERE "WardId" IN (SELECT "WardsId" FROM "OrganisationWards" WHERE "OrganisationId" = NEW."Id");
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Organisations_CountArchive" AFTER UPDATE OF "ArchivedAt" ON "Organisations"
                    FOR EACH ROW WHEN ((OLD."ArchivedAt" IS NULL) <> (NEW."ArchivedAt" IS NULL))
                    EXECUTE FUNCTION "WardOrganisationCounts_Archive"();
                """);
            // Its links go first, while the organisation is still there to say whether they were counted.
            migrationBuilder.Sql("""
                CREATE FUNCTION "WardOrganisationCounts_OrganisationDeleted"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "OrganisationWards" WHERE "OrganisationId" = OLD."Id";
                    RETURN OLD;
                END $$;
                CREATE TRIGGER "Organisations_CountDelete" BEFORE DELETE ON "Organisations"
                    FOR EACH ROW EXECUTE FUNCTION "WardOrganisationCounts_OrganisationDeleted"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Wards_OrganisationCount" ON "Wards";
                DROP TRIGGER IF EXISTS "OrganisationWards_Count" ON "OrganisationWards";
                DROP TRIGGER IF EXISTS "Organisations_CountArchive" ON "Organisations";
                DROP TRIGGER IF EXISTS "Organisations_CountDelete" ON "Organisations";
                DROP FUNCTION IF EXISTS "WardOrganisationCounts_NewWard"();
                DROP FUNCTION IF EXISTS "WardOrganisationCounts_Link"();
                DROP FUNCTION IF EXISTS "WardOrganisationCounts_Archive"();
                DROP FUNCTION IF EXISTS "WardOrganisationCounts_OrganisationDeleted"();
                """);

            migrationBuilder.DropTable(
                name: "WardOrganisationCounts");
        }
    }
}
