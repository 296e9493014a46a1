using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Data.Rows;

namespace StudyBot.Data.Configurations;

internal sealed class QuestionFlagConfiguration : IEntityTypeConfiguration<QuestionFlag>
{
    public void Configure(EntityTypeBuilder<QuestionFlag> builder)
    {
        builder.ToTable("question_flags");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.QuestionId).HasMaxLength(100);
        builder.Property(f => f.QuestionVersion).HasMaxLength(QuestionVersions.Length);
        builder.Property(f => f.Text).HasMaxLength(QuestionFlag.MaxTextLength);

        // One report per member and question version, however often they click.
        builder.HasIndex(f => new { f.MemberId, f.QuestionId, f.QuestionVersion }).IsUnique();

        // Triage reads a community's open reports.
        builder.HasIndex(f => new { f.CommunityId, f.ResolvedAt });
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Community>().WithMany().HasForeignKey(f => f.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FlagResolutionConfiguration : IEntityTypeConfiguration<FlagResolution>
{
    public void Configure(EntityTypeBuilder<FlagResolution> builder)
    {
        builder.ToTable("flag_resolutions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.QuestionId).HasMaxLength(100);
        builder.Property(r => r.QuestionVersion).HasMaxLength(QuestionVersions.Length);
        builder.Property(r => r.Answer).HasMaxLength(32).HasConversion(ColumnFormats.List, ColumnFormats.ListComparer);
        builder.Property(r => r.Note).HasMaxLength(FlagService.MaxNoteLength);
        builder.Property(r => r.OnceKey).HasMaxLength(250);

        // A once-only re-grade (a corrected bank at start-up) is applied once: its key is unique (NULLs never collide).
        builder.HasIndex(r => r.OnceKey).IsUnique();
        builder.HasIndex(r => new { r.CommunityId, r.QuestionId });
        builder.HasOne<Community>().WithMany().HasForeignKey(r => r.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuestionVersionConfiguration : IEntityTypeConfiguration<QuestionVersionRow>
{
    public void Configure(EntityTypeBuilder<QuestionVersionRow> builder)
    {
        builder.ToTable("question_versions");
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).HasMaxLength(QuestionVersions.Length).ValueGeneratedNever();
        builder.Property(v => v.QuestionId).HasMaxLength(100);
        builder.Property(v => v.Answer).HasMaxLength(32);
        builder.Property(v => v.ChoiceKeys).HasMaxLength(16);
    }
}
