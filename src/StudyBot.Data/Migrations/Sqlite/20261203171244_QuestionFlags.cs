using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuestionFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "QuestionVersion",
                table: "rounds",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "flag_resolutions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<long>(type: "INTEGER", nullable: true),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QuestionVersion = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ResolvedByMemberId = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Gained = table.Column<int>(type: "INTEGER", nullable: false),
                    Lost = table.Column<int>(type: "INTEGER", nullable: false),
                    OnceKey = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flag_resolutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_flag_resolutions_communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "question_flags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<long>(type: "INTEGER", nullable: true),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QuestionVersion = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolutionId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_question_flags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_question_flags_communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_question_flags_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "question_versions",
                columns: table => new
                {
                    Version = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChoiceKeys = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_question_versions", x => x.Version);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rounds_QuestionId_QuestionVersion",
                table: "rounds",
                columns: new[] { "QuestionId", "QuestionVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_flag_resolutions_CommunityId_QuestionId",
                table: "flag_resolutions",
                columns: new[] { "CommunityId", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_flag_resolutions_OnceKey",
                table: "flag_resolutions",
                column: "OnceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_question_flags_CommunityId_ResolvedAt",
                table: "question_flags",
                columns: new[] { "CommunityId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_question_flags_MemberId_QuestionId_QuestionVersion",
                table: "question_flags",
                columns: new[] { "MemberId", "QuestionId", "QuestionVersion" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "flag_resolutions");

            migrationBuilder.DropTable(
                name: "question_flags");

            migrationBuilder.DropTable(
                name: "question_versions");

            migrationBuilder.DropIndex(
                name: "IX_rounds_QuestionId_QuestionVersion",
                table: "rounds");

            migrationBuilder.DropColumn(
                name: "QuestionVersion",
                table: "rounds");
        }
    }
}
