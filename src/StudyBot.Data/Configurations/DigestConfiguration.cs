using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Data.Configurations;

internal sealed class DigestConfiguration : IEntityTypeConfiguration<DigestClaim>
{
    public void Configure(EntityTypeBuilder<DigestClaim> builder)
    {
        builder.ToTable("digests");
        builder.HasKey(d => d.Id);

        // One weekly digest per channel and week, whichever host fires its trigger and however often.
        builder.HasIndex(d => new { d.ChannelId, d.WeekStart }).IsUnique();
        builder.HasOne<Channel>().WithMany().HasForeignKey(d => d.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}
