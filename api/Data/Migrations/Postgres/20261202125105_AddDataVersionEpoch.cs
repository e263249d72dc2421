using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VcsDirectory.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddDataVersionEpoch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Epoch",
                table: "DataVersion",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Random per database (see DataVersion.Epoch); the seeded row's empty value only stands until this runs.
            migrationBuilder.Sql("UPDATE \"DataVersion\" SET \"Epoch\" = md5(random()::text || clock_timestamp()::text);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Epoch",
                table: "DataVersion");
        }
    }
}
