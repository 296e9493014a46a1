using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Data.Configurations;

internal sealed class QuizConfiguration : IEntityTypeConfiguration<Quiz>
{
    public void Configure(EntityTypeBuilder<Quiz> builder)
    {
        builder.ToTable("quizzes");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Exam).HasMaxLength(16);
        builder.Property(q => q.QuestionIds).HasMaxLength(4000).HasConversion(ColumnFormats.List, ColumnFormats.ListComparer);
        builder.HasIndex(q => q.MemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(q => q.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
