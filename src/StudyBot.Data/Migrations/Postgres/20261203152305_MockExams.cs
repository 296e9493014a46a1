using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace StudyBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MockExams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mock_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    ActiveMemberId = table.Column<long>(type: "bigint", nullable: true),
                    Platform = table.Column<int>(type: "integer", nullable: false),
                    Exam = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    QuestionCount = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeadlineAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Finish = table.Column<int>(type: "integer", nullable: true),
                    Correct = table.Column<int>(type: "integer", nullable: true),
                    ScaledScore = table.Column<int>(type: "integer", nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mock_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mock_attempts_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mock_items",
                columns: table => new
                {
                    AttemptId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Domain = table.Column<int>(type: "integer", nullable: false),
                    ChoiceOrder = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Keys = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Flagged = table.Column<bool>(type: "boolean", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mock_items", x => new { x.AttemptId, x.Position });
                    table.ForeignKey(
                        name: "FK_mock_items_mock_attempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "mock_attempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mock_attempts_ActiveMemberId",
                table: "mock_attempts",
                column: "ActiveMemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mock_attempts_FinishedAt_DeadlineAt",
                table: "mock_attempts",
                columns: new[] { "FinishedAt", "DeadlineAt" });

            migrationBuilder.CreateIndex(
                name: "IX_mock_attempts_MemberId_FinishedAt",
                table: "mock_attempts",
                columns: new[] { "MemberId", "FinishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mock_items");

            migrationBuilder.DropTable(
                name: "mock_attempts");
        }
    }
}
