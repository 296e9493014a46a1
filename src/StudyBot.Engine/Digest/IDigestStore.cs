namespace StudyBot.Engine.Digest;

public interface IDigestStore
{
    /// <summary>Claims the channel's digest of a week, or returns the claim already holding that (channel, week start) key.</summary>
    Task<(DigestClaim Digest, bool Created)> AddDigestOrGetExistingAsync(DigestClaim digest, CancellationToken cancellationToken);

    Task MarkDigestPublishedAsync(long digestId, DateTimeOffset publishedAt, CancellationToken cancellationToken);
}
