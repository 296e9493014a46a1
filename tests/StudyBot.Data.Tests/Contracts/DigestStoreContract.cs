namespace StudyBot.Data.Tests.Contracts;

public abstract class DigestStoreContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    [SkippableFact]
    public async Task AddDigestOrGetExisting_SameChannelAndWeek_KeepsOneClaim()
    {
        await using var s = await StoresAsync();
        var (_, channel) = await ChannelAsync(s);
        var claim = new DigestClaim { ChannelId = channel.Id, WeekStart = new DateOnly(2026, 11, 16), ClaimedAt = Time.GetUtcNow() };

        var (first, created) = await s.Digests.AddDigestOrGetExistingAsync(claim, None);
        var (second, again) = await s.Digests.AddDigestOrGetExistingAsync(claim with { ClaimedAt = Time.GetUtcNow().AddMinutes(1) }, None);
        var (next, nextCreated) = await s.Digests.AddDigestOrGetExistingAsync(claim with { WeekStart = new DateOnly(2026, 11, 23) }, None);

        Assert.Equal((true, false, true), (created, again, nextCreated));
        Assert.NotEqual(0, first.Id);
        Assert.Equal(0, claim.Id);
        Assert.Equal(first, second);
        Assert.NotEqual(first.Id, next.Id);
    }

    [SkippableFact]
    public async Task MarkDigestPublished_ShowsOnTheClaim()
    {
        await using var s = await StoresAsync();
        var (_, channel) = await ChannelAsync(s);
        var claim = new DigestClaim { ChannelId = channel.Id, WeekStart = new DateOnly(2026, 11, 16), ClaimedAt = Time.GetUtcNow() };
        var (first, _) = await s.Digests.AddDigestOrGetExistingAsync(claim, None);

        await s.Digests.MarkDigestPublishedAsync(first.Id, Time.GetUtcNow().AddSeconds(5), None);

        var (stored, _) = await s.Digests.AddDigestOrGetExistingAsync(claim, None);
        Assert.Null(first.PublishedAt);
        Assert.Equal(Time.GetUtcNow().AddSeconds(5), stored.PublishedAt);
    }
}
