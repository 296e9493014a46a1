using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AnswerId",
                table: "review_log",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "review_sync",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAnswerId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_sync", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_review_log_AnswerId",
                table: "review_log",
                column: "AnswerId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_sync");

            migrationBuilder.DropIndex(
                name: "IX_review_log_AnswerId",
                table: "review_log");

            migrationBuilder.DropColumn(
                name: "AnswerId",
                table: "review_log");
        }
    }
}
