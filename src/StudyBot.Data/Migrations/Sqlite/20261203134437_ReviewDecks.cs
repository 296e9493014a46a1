using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewDecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Purpose",
                table: "quizzes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "review_cards",
                columns: table => new
                {
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Stability = table.Column<double>(type: "REAL", nullable: false),
                    Difficulty = table.Column<double>(type: "REAL", nullable: false),
                    Due = table.Column<long>(type: "INTEGER", nullable: false),
                    LastReview = table.Column<long>(type: "INTEGER", nullable: true),
                    ScheduledDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Reps = table.Column<int>(type: "INTEGER", nullable: false),
                    Lapses = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_cards", x => new { x.MemberId, x.QuestionId });
                    table.ForeignKey(
                        name: "FK_review_cards_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    ElapsedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_log", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_log_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_settings",
                columns: table => new
                {
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Retention = table.Column<double>(type: "REAL", nullable: false),
                    ExamDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExamCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RemindAt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LastRemindedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_settings", x => x.MemberId);
                    table.ForeignKey(
                        name: "FK_review_settings_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_review_cards_MemberId_Due",
                table: "review_cards",
                columns: new[] { "MemberId", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_review_log_MemberId_QuestionId_At",
                table: "review_log",
                columns: new[] { "MemberId", "QuestionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_review_settings_RemindAt",
                table: "review_settings",
                column: "RemindAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_cards");

            migrationBuilder.DropTable(
                name: "review_log");

            migrationBuilder.DropTable(
                name: "review_settings");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "quizzes");
        }
    }
}
