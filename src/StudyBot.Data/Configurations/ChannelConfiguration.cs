using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Data.Configurations;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.ToTable("channels");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ExternalId).HasMaxLength(256);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.Days).HasMaxLength(32).HasConversion(ColumnFormats.Days);
        builder.Ignore(c => c.Schedule);
        builder.Property(c => c.Exam).HasMaxLength(16);
        builder.HasIndex(c => new { c.Platform, c.ExternalId }).IsUnique();
        builder.HasIndex(c => c.CommunityId);
        builder.HasOne<Community>().WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}
