using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VcsDirectory.Api.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Random per database (see DataVersion.Epoch); the seeded row's empty value only stands until this runs.
            migrationBuilder.Sql("UPDATE \"DataVersion\" SET \"Epoch\" = lower(hex(randomblob(16)));");
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
