using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VcsDirectory.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsSynthetic",
                table: "EngagementEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "EngagementEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "EngagementEventCentres",
                columns: table => new
                {
                    CentresId = table.Column<int>(type: "INTEGER", nullable: false),
                    EngagementEventId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementEventCentres", x => new { x.CentresId, x.EngagementEventId });
                    table.ForeignKey(
                        name: "FK_EngagementEventCentres_ChildrensCentres_CentresId",
                        column: x => x.CentresId,
                        principalTable: "ChildrensCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EngagementEventCentres_EngagementEvents_EngagementEventId",
                        column: x => x.EngagementEventId,
                        principalTable: "EngagementEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementEventThemes",
                columns: table => new
                {
                    EngagementEventId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementEventThemes", x => new { x.EngagementEventId, x.ThemesId });
                    table.ForeignKey(
                        name: "FK_EngagementEventThemes_EngagementEvents_EngagementEventId",
                        column: x => x.EngagementEventId,
                        principalTable: "EngagementEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EngagementEventThemes_ProgrammeThemes_ThemesId",
                        column: x => x.ThemesId,
                        principalTable: "ProgrammeThemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CentreId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_ChildrensCentres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "ChildrensCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParticipationOpportunities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CentreId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    PlacesFilled = table.Column<int>(type: "INTEGER", nullable: false),
                    HowToTakePart = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationOpportunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipationOpportunities_ChildrensCentres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "ChildrensCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParticipationOpportunities_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ThemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NextStepOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IndicatorCodes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proposals_Organisations_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_ProgrammeThemes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "ProgrammeThemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceSpecifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CentreId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceSpecifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceSpecifications_ChildrensCentres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "ChildrensCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceSpecificationTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Target = table.Column<double>(type: "REAL", nullable: false),
                    Baseline = table.Column<double>(type: "REAL", nullable: true),
                    SpecificationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceSpecificationTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceSpecificationTargets_ServiceSpecifications_SpecificationId",
                        column: x => x.SpecificationId,
                        principalTable: "ServiceSpecifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementEventCentres_EngagementEventId",
                table: "EngagementEventCentres",
                column: "EngagementEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementEventThemes_ThemesId",
                table: "EngagementEventThemes",
                column: "ThemesId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_CentreId_IndicatorCode_On",
                table: "IndicatorValues",
                columns: new[] { "CentreId", "IndicatorCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationOpportunities_CentreId_IsOpen",
                table: "ParticipationOpportunities",
                columns: new[] { "CentreId", "IsOpen" });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationOpportunities_ServiceId",
                table: "ParticipationOpportunities",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_OwnerId",
                table: "Proposals",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ThemeId_Position",
                table: "Proposals",
                columns: new[] { "ThemeId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSpecificationTargets_SpecificationId",
                table: "ServiceSpecificationTargets",
                column: "SpecificationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSpecifications_CentreId_PeriodStart",
                table: "ServiceSpecifications",
                columns: new[] { "CentreId", "PeriodStart" });

            // A directory seeded before proposals were records: each theme's proposals become records, OPEN, in the report's wording.
            migrationBuilder.Sql("""
                WITH RECURSIVE split(ThemeId, Position, Text, Rest) AS (
                    SELECT Id, 0, '', Proposals || char(10) FROM ProgrammeThemes
                    UNION ALL
                    SELECT ThemeId, Position + 1, substr(Rest, 1, instr(Rest, char(10)) - 1), substr(Rest, instr(Rest, char(10)) + 1)
                    FROM split WHERE Rest <> '')
                INSERT INTO Proposals (ThemeId, Position, Text, Status, IndicatorCodes, ModifiedAt, Version)
                SELECT ThemeId, Position, Text, 'Open', '', strftime('%Y-%m-%d %H:%M:%f', 'now'), 1 FROM split WHERE Position > 0 AND Text <> '';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementEventCentres");

            migrationBuilder.DropTable(
                name: "EngagementEventThemes");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "ParticipationOpportunities");

            migrationBuilder.DropTable(
                name: "Proposals");

            migrationBuilder.DropTable(
                name: "ServiceSpecificationTargets");

            migrationBuilder.DropTable(
                name: "ServiceSpecifications");

            migrationBuilder.DropColumn(
                name: "IsSynthetic",
                table: "EngagementEvents");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "EngagementEvents");
        }
    }
}
