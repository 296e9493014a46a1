using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Data.Configurations;

internal sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.ToTable("communities");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ExternalId).HasMaxLength(128);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.Admins).HasMaxLength(4000).HasConversion(ColumnFormats.Set, ColumnFormats.SetComparer);
        builder.HasIndex(c => new { c.Platform, c.ExternalId }).IsUnique();
    }
}
