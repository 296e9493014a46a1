using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Data.Configurations;

internal sealed class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> builder)
    {
        builder.ToTable("rounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.QuestionId).HasMaxLength(100);
        builder.Property(r => r.ChoiceOrder).HasMaxLength(8);
        builder.Property(r => r.MessageRef).HasMaxLength(256);
        builder.Property(r => r.QuestionVersion).HasMaxLength(QuestionVersions.Length);

        // A re-grade reads the rounds that asked one version of a question.
        builder.HasIndex(r => new { r.QuestionId, r.QuestionVersion });

        // One daily round per channel and local date; quiz rounds have no date, and NULLs never collide.
        builder.HasIndex(r => new { r.ChannelId, r.LocalDate }).IsUnique();

        // One round per quiz position, so a repeated click never opens a second "next" question.
        builder.HasIndex(r => new { r.QuizId, r.Sequence }).IsUnique();
        builder.HasOne<Channel>().WithMany().HasForeignKey(r => r.ChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Quiz>().WithMany().HasForeignKey(r => r.QuizId).OnDelete(DeleteBehavior.Cascade);
    }
}
