using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Providers;

namespace StudyBot.Data.Stores;

public sealed class EfDigestStore(StudyBotDbContextFactory contexts, WriteGate gate) : IDigestStore
{
    public async Task<(DigestClaim Digest, bool Created)> AddDigestOrGetExistingAsync(DigestClaim digest, CancellationToken cancellationToken)
    {
        var row = digest with { Id = 0 };
        if (await gate.TryInsertAsync(row, cancellationToken))
        {
            return (row, true);
        }

        await using var db = contexts.CreateDbContext();
        var existing = await db.Digests.AsNoTracking().FirstAsync(d => d.ChannelId == digest.ChannelId && d.WeekStart == digest.WeekStart, cancellationToken);
        return (existing, false);
    }

    public Task MarkDigestPublishedAsync(long digestId, DateTimeOffset publishedAt, CancellationToken cancellationToken) =>
        gate.UpdateAsync<DigestClaim>(d => d.Id == digestId, s => s.SetProperty(d => d.PublishedAt, publishedAt), cancellationToken);
}
