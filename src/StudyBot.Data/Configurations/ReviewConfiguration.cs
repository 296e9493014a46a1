using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Data.Rows;

namespace StudyBot.Data.Configurations;

internal sealed class ReviewCardConfiguration : IEntityTypeConfiguration<ReviewCardRow>
{
    public void Configure(EntityTypeBuilder<ReviewCardRow> builder)
    {
        builder.ToTable("review_cards");
        builder.HasKey(c => new { c.MemberId, c.QuestionId });
        builder.Property(c => c.QuestionId).HasMaxLength(100);
        // The next card and the due counts: a member's cards by due time.
        builder.HasIndex(c => new { c.MemberId, c.Due });
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewLogConfiguration : IEntityTypeConfiguration<ReviewLogRow>
{
    public void Configure(EntityTypeBuilder<ReviewLogRow> builder)
    {
        builder.ToTable("review_log");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.QuestionId).HasMaxLength(100);
        builder.HasIndex(r => new { r.MemberId, r.QuestionId, r.At });
        // An answer is reviewed once, however many syncs see it (imported reviews have none).
        builder.HasIndex(r => r.AnswerId).IsUnique();
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewSettingsConfiguration : IEntityTypeConfiguration<ReviewSettingsRow>
{
    public void Configure(EntityTypeBuilder<ReviewSettingsRow> builder)
    {
        builder.ToTable("review_settings");
        builder.HasKey(s => s.MemberId);
        builder.Property(s => s.MemberId).ValueGeneratedNever();
        builder.Property(s => s.ExamCode).HasMaxLength(16);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.HasIndex(s => s.RemindAt);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewSyncConfiguration : IEntityTypeConfiguration<ReviewSyncRow>
{
    public void Configure(EntityTypeBuilder<ReviewSyncRow> builder)
    {
        builder.ToTable("review_sync");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
