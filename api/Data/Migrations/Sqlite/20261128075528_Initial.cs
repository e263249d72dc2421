using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VcsDirectory.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CapacityAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityAreas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EngagementEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HeldIn = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AnnualIncome = table.Column<long>(type: "INTEGER", nullable: false),
                    SizeBand = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffCount = table.Column<int>(type: "INTEGER", nullable: false),
                    VolunteerCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    PostcodeArea = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Willingness_ToMentor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Willingness_MaxMentees = table.Column<int>(type: "INTEGER", nullable: false),
                    Willingness_ToLeadConsortium = table.Column<bool>(type: "INTEGER", nullable: false),
                    Willingness_ToJoinConsortium = table.Column<bool>(type: "INTEGER", nullable: false),
                    Willingness_ToManageCentre = table.Column<bool>(type: "INTEGER", nullable: false),
                    Willingness_ToAddValue = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupportNeeded = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ArchiveReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Proposals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeThemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CentroidLatitude = table.Column<double>(type: "REAL", nullable: false),
                    CentroidLongitude = table.Column<double>(type: "REAL", nullable: false),
                    CentroidIsApproximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MentoringExclusions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringExclusions_Organisations_FirstOrganisationId",
                        column: x => x.FirstOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringExclusions_Organisations_SecondOrganisationId",
                        column: x => x.SecondOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringPairings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MentorId = table.Column<int>(type: "INTEGER", nullable: false),
                    MenteeId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringPairings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringPairings_Organisations_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringPairings_Organisations_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationCapacities",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CapacityAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Strength = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationCapacities", x => new { x.OrganisationId, x.CapacityAreaId });
                    table.CheckConstraint("CK_Capacity_Strength", "\"Strength\" BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "FK_OrganisationCapacities_CapacityAreas_CapacityAreaId",
                        column: x => x.CapacityAreaId,
                        principalTable: "CapacityAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationCapacities_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationNeeds",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CapacityAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationNeeds", x => new { x.OrganisationId, x.CapacityAreaId });
                    table.CheckConstraint("CK_Need_Priority", "\"Priority\" BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "FK_OrganisationNeeds_CapacityAreas_CapacityAreaId",
                        column: x => x.CapacityAreaId,
                        principalTable: "CapacityAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationNeeds_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationServices",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServicesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationServices", x => new { x.OrganisationId, x.ServicesId });
                    table.ForeignKey(
                        name: "FK_OrganisationServices_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationServices_ServiceCategories_ServicesId",
                        column: x => x.ServicesId,
                        principalTable: "ServiceCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChildrensCentres",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status2013 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WardId = table.Column<int>(type: "INTEGER", nullable: true),
                    WardIsInferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    LocationPrecision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OperatorId = table.Column<int>(type: "INTEGER", nullable: true),
                    VolunteerCount = table.Column<int>(type: "INTEGER", nullable: true),
                    ParentRepresentativeCount = table.Column<int>(type: "INTEGER", nullable: true),
                    HasAdvisoryBoard = table.Column<bool>(type: "INTEGER", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    OperationalFiguresAreSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildrensCentres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildrensCentres_Organisations_OperatorId",
                        column: x => x.OperatorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChildrensCentres_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationWards",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    WardsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationWards", x => new { x.OrganisationId, x.WardsId });
                    table.ForeignKey(
                        name: "FK_OrganisationWards_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationWards_Wards_WardsId",
                        column: x => x.WardsId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChildrensCentreReachWards",
                columns: table => new
                {
                    ChildrensCentreId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReachWardsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildrensCentreReachWards", x => new { x.ChildrensCentreId, x.ReachWardsId });
                    table.ForeignKey(
                        name: "FK_ChildrensCentreReachWards_ChildrensCentres_ChildrensCentreId",
                        column: x => x.ChildrensCentreId,
                        principalTable: "ChildrensCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChildrensCentreReachWards_Wards_ReachWardsId",
                        column: x => x.ReachWardsId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChildrensCentreServices",
                columns: table => new
                {
                    ChildrensCentreId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServicesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildrensCentreServices", x => new { x.ChildrensCentreId, x.ServicesId });
                    table.ForeignKey(
                        name: "FK_ChildrensCentreServices_ChildrensCentres_ChildrensCentreId",
                        column: x => x.ChildrensCentreId,
                        principalTable: "ChildrensCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChildrensCentreServices_ServiceCategories_ServicesId",
                        column: x => x.ServicesId,
                        principalTable: "ServiceCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutreachClusters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CentroidLatitude = table.Column<double>(type: "REAL", nullable: false),
                    CentroidLongitude = table.Column<double>(type: "REAL", nullable: false),
                    ChildrensCentreId = table.Column<int>(type: "INTEGER", nullable: true),
                    OutreachSite = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachClusters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachClusters_ChildrensCentres_ChildrensCentreId",
                        column: x => x.ChildrensCentreId,
                        principalTable: "ChildrensCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "IdentifiedNeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutreachClusterId = table.Column<int>(type: "INTEGER", nullable: true),
                    ServiceCategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    WardId = table.Column<int>(type: "INTEGER", nullable: true),
                    FamiliesAffected = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentifiedNeeds", x => x.Id);
                    table.CheckConstraint("CK_IdentifiedNeed_Families", "\"FamiliesAffected\" > 0");
                    table.CheckConstraint("CK_IdentifiedNeed_Severity", "\"Severity\" BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "FK_IdentifiedNeeds_OutreachClusters_OutreachClusterId",
                        column: x => x.OutreachClusterId,
                        principalTable: "OutreachClusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_IdentifiedNeeds_ServiceCategories_ServiceCategoryId",
                        column: x => x.ServiceCategoryId,
                        principalTable: "ServiceCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IdentifiedNeeds_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutreachClusterWards",
                columns: table => new
                {
                    OutreachClusterId = table.Column<int>(type: "INTEGER", nullable: false),
                    WardsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachClusterWards", x => new { x.OutreachClusterId, x.WardsId });
                    table.ForeignKey(
                        name: "FK_OutreachClusterWards_OutreachClusters_OutreachClusterId",
                        column: x => x.OutreachClusterId,
                        principalTable: "OutreachClusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutreachClusterWards_Wards_WardsId",
                        column: x => x.WardsId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CapacityAreas_Code",
                table: "CapacityAreas",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildrensCentreReachWards_ReachWardsId",
                table: "ChildrensCentreReachWards",
                column: "ReachWardsId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildrensCentreServices_ServicesId",
                table: "ChildrensCentreServices",
                column: "ServicesId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildrensCentres_Name",
                table: "ChildrensCentres",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildrensCentres_OperatorId",
                table: "ChildrensCentres",
                column: "OperatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildrensCentres_WardId",
                table: "ChildrensCentres",
                column: "WardId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentifiedNeeds_OutreachClusterId",
                table: "IdentifiedNeeds",
                column: "OutreachClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentifiedNeeds_ServiceCategoryId",
                table: "IdentifiedNeeds",
                column: "ServiceCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentifiedNeeds_WardId",
                table: "IdentifiedNeeds",
                column: "WardId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringExclusions_FirstOrganisationId_SecondOrganisationId",
                table: "MentoringExclusions",
                columns: new[] { "FirstOrganisationId", "SecondOrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringExclusions_SecondOrganisationId",
                table: "MentoringExclusions",
                column: "SecondOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairings_MenteeId_State",
                table: "MentoringPairings",
                columns: new[] { "MenteeId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairings_MentorId_State",
                table: "MentoringPairings",
                columns: new[] { "MentorId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationCapacities_CapacityAreaId_Strength",
                table: "OrganisationCapacities",
                columns: new[] { "CapacityAreaId", "Strength" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationNeeds_CapacityAreaId_Priority",
                table: "OrganisationNeeds",
                columns: new[] { "CapacityAreaId", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationServices_ServicesId",
                table: "OrganisationServices",
                column: "ServicesId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationWards_WardsId",
                table: "OrganisationWards",
                column: "WardsId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Identifier",
                table: "Organisations",
                column: "Identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_SizeBand",
                table: "Organisations",
                column: "SizeBand");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachClusterWards_WardsId",
                table: "OutreachClusterWards",
                column: "WardsId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachClusters_ChildrensCentreId",
                table: "OutreachClusters",
                column: "ChildrensCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachClusters_Name",
                table: "OutreachClusters",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeThemes_Name",
                table: "ProgrammeThemes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCategories_Code",
                table: "ServiceCategories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wards_Code",
                table: "Wards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wards_Name",
                table: "Wards",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ChildrensCentreReachWards");

            migrationBuilder.DropTable(
                name: "ChildrensCentreServices");

            migrationBuilder.DropTable(
                name: "EngagementEvents");

            migrationBuilder.DropTable(
                name: "IdentifiedNeeds");

            migrationBuilder.DropTable(
                name: "MentoringExclusions");

            migrationBuilder.DropTable(
                name: "MentoringPairings");

            migrationBuilder.DropTable(
                name: "OrganisationCapacities");

            migrationBuilder.DropTable(
                name: "OrganisationNeeds");

            migrationBuilder.DropTable(
                name: "OrganisationServices");

            migrationBuilder.DropTable(
                name: "OrganisationWards");

            migrationBuilder.DropTable(
                name: "OutreachClusterWards");

            migrationBuilder.DropTable(
                name: "ProgrammeThemes");

            migrationBuilder.DropTable(
                name: "CapacityAreas");

            migrationBuilder.DropTable(
                name: "ServiceCategories");

            migrationBuilder.DropTable(
                name: "OutreachClusters");

            migrationBuilder.DropTable(
                name: "ChildrensCentres");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Wards");
        }
    }
}
