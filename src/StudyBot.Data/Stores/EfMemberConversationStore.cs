using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Providers;
using StudyBot.Data.Rows;

namespace StudyBot.Data.Stores;

public sealed class EfMemberConversationStore(StudyBotDbContextFactory contexts, WriteGate gate) : IMemberConversationStore
{
    public async Task<string?> FindAsync(long memberId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.MemberConversations.AsNoTracking().Where(c => c.MemberId == memberId).Select(c => c.Reference).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task SaveAsync(long memberId, string reference, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await gate.TryInsertAsync(new MemberConversationRow { MemberId = memberId, Reference = reference, UpdatedAt = at }, cancellationToken))
        {
            return;
        }

        await gate.UpdateAsync<MemberConversationRow>(c => c.MemberId == memberId, s => s.SetProperty(c => c.Reference, reference).SetProperty(c => c.UpdatedAt, at), cancellationToken);
    }
}
