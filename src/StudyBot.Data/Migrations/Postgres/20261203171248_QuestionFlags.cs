using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace StudyBot.Data.Migrations.Postgres
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
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "flag_resolutions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<long>(type: "bigint", nullable: true),
                    QuestionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    QuestionVersion = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Answer = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ResolvedByMemberId = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Gained = table.Column<int>(type: "integer", nullable: false),
                    Lost = table.Column<int>(type: "integer", nullable: false),
                    OnceKey = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    CommunityId = table.Column<long>(type: "bigint", nullable: true),
                    QuestionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    QuestionVersion = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolutionId = table.Column<long>(type: "bigint", nullable: true)
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
                    Version = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    QuestionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Answer = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ChoiceKeys = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
