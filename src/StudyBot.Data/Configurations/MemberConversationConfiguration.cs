using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Data.Rows;

namespace StudyBot.Data.Configurations;

internal sealed class MemberConversationConfiguration : IEntityTypeConfiguration<MemberConversationRow>
{
    public void Configure(EntityTypeBuilder<MemberConversationRow> builder)
    {
        builder.ToTable("member_conversations");
        builder.HasKey(c => c.MemberId);
        builder.Property(c => c.MemberId).ValueGeneratedNever();
        builder.Property(c => c.Reference).HasMaxLength(2000);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
