namespace StudyBot.Tests.Shared.Fakes;

/// <summary>Digest claims in memory, unique by (channel, week start).</summary>
public sealed class FakeDigestStore(FakeTables tables) : IDigestStore
{
    public FakeDigestStore()
        : this(new FakeTables())
    {
    }

    /// <summary>Copies of every claim, in the order claimed.</summary>
    public IReadOnlyList<DigestClaim> Digests => tables.Locked(() => tables.Digests.Select(FakeTables.Copy).ToList());

    public Task<(DigestClaim Digest, bool Created)> AddDigestOrGetExistingAsync(DigestClaim digest, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var existing = tables.Digests.FirstOrDefault(d => d.ChannelId == digest.ChannelId && d.WeekStart == digest.WeekStart);
        if (existing is not null)
        {
            return (FakeTables.Copy(existing), false);
        }

        var added = digest with { Id = tables.NextId() };
        tables.Digests.Add(added);
        return (FakeTables.Copy(added), true);
    });

    public Task MarkDigestPublishedAsync(long digestId, DateTimeOffset publishedAt, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var i = tables.Digests.FindIndex(d => d.Id == digestId);
        if (i >= 0)
        {
            tables.Digests[i] = tables.Digests[i] with { PublishedAt = publishedAt };
        }
    });
}
