using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Data.Stores;

namespace StudyBot.Data.Configurations;

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.ToTable("answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.QuestionId).HasMaxLength(100);
        builder.Property(a => a.Keys).HasColumnName("Choice").HasMaxLength(32).HasConversion(ColumnFormats.List, ColumnFormats.ListComparer);

        // The first answer counts: a second insert for the same member and round fails here, even under concurrency.
        builder.HasIndex(a => new { a.RoundId, a.MemberId }).IsUnique();

        // Boards read answers by scope and time. The trailing columns are everything a board sums, so its query reads the
        // index alone (no row lookups): on a busy community's all-time board that is tens of thousands of lookups saved.
        builder.HasIndex(a => new { a.ChannelId, a.AnsweredAt, a.Kind, a.MemberId, a.Points, a.Correct }).HasDatabaseName(BoardQueries.ChannelTimeIndex);
        builder.HasIndex(a => new { a.CommunityId, a.AnsweredAt, a.Kind, a.MemberId, a.Points, a.Correct }).HasDatabaseName(BoardQueries.CommunityTimeIndex);

        // All-time boards read the same columns in member order: the grouping needs no sort of the scope's every answer.
        builder.HasIndex(a => new { a.ChannelId, a.MemberId, a.Kind, a.Points, a.Correct, a.AnsweredAt }).HasDatabaseName(BoardQueries.ChannelMemberIndex);
        builder.HasIndex(a => new { a.CommunityId, a.MemberId, a.Kind, a.Points, a.Correct, a.AnsweredAt }).HasDatabaseName(BoardQueries.CommunityMemberIndex);

        // Stats read a member's answers; streaks read which rounds a member answered lately, from the index alone.
        builder.HasIndex(a => new { a.MemberId, a.AnsweredAt, a.RoundId }).HasDatabaseName("IX_answers_MemberId_AnsweredAt_RoundId");
        builder.HasOne<Round>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
