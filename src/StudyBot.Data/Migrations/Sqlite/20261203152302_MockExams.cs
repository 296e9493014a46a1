using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    ActiveMemberId = table.Column<long>(type: "INTEGER", nullable: true),
                    Platform = table.Column<int>(type: "INTEGER", nullable: false),
                    Exam = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QuestionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeadlineAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Finish = table.Column<int>(type: "INTEGER", nullable: true),
                    Correct = table.Column<int>(type: "INTEGER", nullable: true),
                    ScaledScore = table.Column<int>(type: "INTEGER", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    AttemptId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Domain = table.Column<int>(type: "INTEGER", nullable: false),
                    ChoiceOrder = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Keys = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
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
