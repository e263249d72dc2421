using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VcsDirectory.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Services",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ServiceCategoryId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MinimumAgeMonths = table.Column<int>(type: "integer", nullable: true),
                    MaximumAgeMonths = table.Column<int>(type: "integer", nullable: true),
                    IsFree = table.Column<bool>(type: "boolean", nullable: false),
                    FeeDescription = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DeliveryModes = table.Column<int[]>(type: "integer[]", nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Services_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Services_ServiceCategories_ServiceCategoryId",
                        column: x => x.ServiceCategoryId,
                        principalTable: "ServiceCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceAreaWards",
                columns: table => new
                {
                    AreaWardsId = table.Column<int>(type: "integer", nullable: false),
                    ServiceId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceAreaWards", x => new { x.AreaWardsId, x.ServiceId });
                    table.ForeignKey(
                        name: "FK_ServiceAreaWards_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceAreaWards_Wards_AreaWardsId",
                        column: x => x.AreaWardsId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceAtCentres",
                columns: table => new
                {
                    CentresId = table.Column<int>(type: "integer", nullable: false),
                    ServiceId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceAtCentres", x => new { x.CentresId, x.ServiceId });
                    table.ForeignKey(
                        name: "FK_ServiceAtCentres_ChildrensCentres_CentresId",
                        column: x => x.CentresId,
                        principalTable: "ChildrensCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceAtCentres_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOutreachClusters",
                columns: table => new
                {
                    OutreachClustersId = table.Column<int>(type: "integer", nullable: false),
                    ServiceId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOutreachClusters", x => new { x.OutreachClustersId, x.ServiceId });
                    table.ForeignKey(
                        name: "FK_ServiceOutreachClusters_OutreachClusters_OutreachClustersId",
                        column: x => x.OutreachClustersId,
                        principalTable: "OutreachClusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceOutreachClusters_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceSchedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    OpensAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ClosesAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ServiceId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceSchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceSchedules_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAreaWards_ServiceId",
                table: "ServiceAreaWards",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAtCentres_ServiceId",
                table: "ServiceAtCentres",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOutreachClusters_ServiceId",
                table: "ServiceOutreachClusters",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSchedules_ServiceId",
                table: "ServiceSchedules",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Services_ModifiedAt",
                table: "Services",
                column: "ModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Services_Name",
                table: "Services",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Services_ProviderId",
                table: "Services",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Services_ServiceCategoryId",
                table: "Services",
                column: "ServiceCategoryId");

            // Full-text search: a generated english tsvector (name weighted A, description B) with a GIN index (the EF model does not know it).
            migrationBuilder.Sql("""
                ALTER TABLE "Services" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS
                    (setweight(to_tsvector('english', coalesce("Name", '')), 'A') || setweight(to_tsvector('english', coalesce("Description", '')), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Services_SearchVector" ON "Services" USING GIN ("SearchVector");""");

            // Today's category codes become services: one per organisation and category, named after both, free, in person, in English.
            migrationBuilder.Sql("""
                INSERT INTO "Services" ("ProviderId", "Name", "Description", "ServiceCategoryId", "Status", "IsFree", "DeliveryModes", "Languages", "LastReviewedOn", "IsSynthetic", "ModifiedAt", "Version")
                SELECT o."Id", left(c."Name" || ' (' || o."Name" || ')', 200), c."Description", c."Id", 'Active', true, ARRAY[0], ARRAY['en'], o."LastReviewedOn", o."IsSynthetic",
                       now(), 1
                FROM "OrganisationServices" os JOIN "Organisations" o ON o."Id" = os."OrganisationId" JOIN "ServiceCategories" c ON c."Id" = os."ServicesId"
                ORDER BY o."Id", c."Id";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Services_SearchVector";""");

            migrationBuilder.DropTable(
                name: "ServiceAreaWards");

            migrationBuilder.DropTable(
                name: "ServiceAtCentres");

            migrationBuilder.DropTable(
                name: "ServiceOutreachClusters");

            migrationBuilder.DropTable(
                name: "ServiceSchedules");

            migrationBuilder.DropTable(
                name: "Services");
        }
    }
}
