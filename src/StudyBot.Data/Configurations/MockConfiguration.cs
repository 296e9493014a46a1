using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Data.Rows;

namespace StudyBot.Data.Configurations;

internal sealed class MockAttemptConfiguration : IEntityTypeConfiguration<MockAttemptRow>
{
    public void Configure(EntityTypeBuilder<MockAttemptRow> builder)
    {
        builder.ToTable("mock_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Exam).HasMaxLength(16);
        builder.Property(a => a.Zone).HasMaxLength(64);
        // One attempt in progress per member: ended attempts hold null here, and nulls do not collide.
        builder.HasIndex(a => a.ActiveMemberId).IsUnique();
        // History and the digest: a member's ended attempts by end time.
        builder.HasIndex(a => new { a.MemberId, a.FinishedAt });
        // The sweep: attempts in progress by deadline.
        builder.HasIndex(a => new { a.FinishedAt, a.DeadlineAt });
        builder.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AttemptId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MockItemConfiguration : IEntityTypeConfiguration<MockItemRow>
{
    public void Configure(EntityTypeBuilder<MockItemRow> builder)
    {
        builder.ToTable("mock_items");
        builder.HasKey(i => new { i.AttemptId, i.Position });
        builder.Property(i => i.QuestionId).HasMaxLength(100);
        builder.Property(i => i.ChoiceOrder).HasMaxLength(16);
        builder.Property(i => i.Keys).HasMaxLength(32);
    }
}
