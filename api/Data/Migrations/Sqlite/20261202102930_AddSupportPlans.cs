using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VcsDirectory.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSupportPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SupportPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Aim = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportPlans_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupportSteps",
                columns: table => new
                {
                    Area = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SupportPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MentorId = table.Column<int>(type: "INTEGER", nullable: true),
                    PairingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportSteps", x => new { x.SupportPlanId, x.Area });
                    table.ForeignKey(
                        name: "FK_SupportSteps_MentoringPairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "MentoringPairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportSteps_Organisations_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportSteps_SupportPlans_SupportPlanId",
                        column: x => x.SupportPlanId,
                        principalTable: "SupportPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupportPlans_OrganisationId",
                table: "SupportPlans",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportSteps_MentorId",
                table: "SupportSteps",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportSteps_PairingId",
                table: "SupportSteps",
                column: "PairingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupportSteps");

            migrationBuilder.DropTable(
                name: "SupportPlans");
        }
    }
}
