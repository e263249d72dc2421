using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VcsDirectory.Api.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ServiceCategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MinimumAgeMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    MaximumAgeMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    IsFree = table.Column<bool>(type: "INTEGER", nullable: false),
                    FeeDescription = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeliveryModes = table.Column<string>(type: "TEXT", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    AreaWardsId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    CentresId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    OutreachClustersId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false)
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

            // Full-text search: an FTS5 table over names and descriptions, kept in step by triggers (the EF model does not know it).
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ServiceSearch USING fts5(Name, Description, tokenize = 'porter unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("CREATE TRIGGER Services_SearchInsert AFTER INSERT ON Services BEGIN INSERT INTO ServiceSearch(rowid, Name, Description) VALUES (new.Id, new.Name, coalesce(new.Description, '')); END;");
            migrationBuilder.Sql("CREATE TRIGGER Services_SearchUpdate AFTER UPDATE OF Name, Description ON Services BEGIN UPDATE ServiceSearch SET Name = new.Name, Description = coalesce(new.Description, '') WHERE rowid = new.Id; END;");
            migrationBuilder.Sql("CREATE TRIGGER Services_SearchDelete AFTER DELETE ON Services BEGIN DELETE FROM ServiceSearch WHERE rowid = old.Id; END;");

            // Today's category codes become services: one per organisation and category, named after both, free, in person, in English.
            migrationBuilder.Sql("""
                INSERT INTO Services (ProviderId, Name, Description, ServiceCategoryId, Status, IsFree, DeliveryModes, Languages, LastReviewedOn, IsSynthetic, ModifiedAt, Version)
                SELECT o.Id, substr(c.Name || ' (' || o.Name || ')', 1, 200), c.Description, c.Id, 'Active', 1, '[0]', '["en"]', o.LastReviewedOn, o.IsSynthetic,
                       strftime('%Y-%m-%d %H:%M:%S', 'now'), 1
                FROM OrganisationServices os JOIN Organisations o ON o.Id = os.OrganisationId JOIN ServiceCategories c ON c.Id = os.ServicesId
                ORDER BY o.Id, c.Id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Services_SearchInsert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Services_SearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Services_SearchDelete;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ServiceSearch;");

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
