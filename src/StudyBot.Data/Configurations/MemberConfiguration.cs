using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Data.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.ExternalId).HasMaxLength(256);
        builder.Property(m => m.DisplayName).HasMaxLength(200);
        builder.HasIndex(m => new { m.Platform, m.ExternalId }).IsUnique();
    }
}
