using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MemberOrderBoardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_answers_ChannelId_MemberId_Board",
                table: "answers",
                columns: new[] { "ChannelId", "MemberId", "Kind", "Points", "Correct", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_answers_CommunityId_MemberId_Board",
                table: "answers",
                columns: new[] { "CommunityId", "MemberId", "Kind", "Points", "Correct", "AnsweredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_answers_ChannelId_MemberId_Board",
                table: "answers");

            migrationBuilder.DropIndex(
                name: "IX_answers_CommunityId_MemberId_Board",
                table: "answers");
        }
    }
}
