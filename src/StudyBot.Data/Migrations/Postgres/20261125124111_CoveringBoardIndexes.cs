using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoveringBoardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_answers_ChannelId_AnsweredAt",
                table: "answers");

            migrationBuilder.DropIndex(
                name: "IX_answers_CommunityId_AnsweredAt",
                table: "answers");

            migrationBuilder.DropIndex(
                name: "IX_answers_MemberId_AnsweredAt",
                table: "answers");

            migrationBuilder.CreateIndex(
                name: "IX_answers_ChannelId_AnsweredAt_Board",
                table: "answers",
                columns: new[] { "ChannelId", "AnsweredAt", "Kind", "MemberId", "Points", "Correct" });

            migrationBuilder.CreateIndex(
                name: "IX_answers_CommunityId_AnsweredAt_Board",
                table: "answers",
                columns: new[] { "CommunityId", "AnsweredAt", "Kind", "MemberId", "Points", "Correct" });

            migrationBuilder.CreateIndex(
                name: "IX_answers_MemberId_AnsweredAt_RoundId",
                table: "answers",
                columns: new[] { "MemberId", "AnsweredAt", "RoundId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_answers_ChannelId_AnsweredAt_Board",
                table: "answers");

            migrationBuilder.DropIndex(
                name: "IX_answers_CommunityId_AnsweredAt_Board",
                table: "answers");

            migrationBuilder.DropIndex(
                name: "IX_answers_MemberId_AnsweredAt_RoundId",
                table: "answers");

            migrationBuilder.CreateIndex(
                name: "IX_answers_ChannelId_AnsweredAt",
                table: "answers",
                columns: new[] { "ChannelId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_answers_CommunityId_AnsweredAt",
                table: "answers",
                columns: new[] { "CommunityId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_answers_MemberId_AnsweredAt",
                table: "answers",
                columns: new[] { "MemberId", "AnsweredAt" });
        }
    }
}
