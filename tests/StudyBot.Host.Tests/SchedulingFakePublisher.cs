namespace StudyBot.Host.Tests;

/// <summary>Records what would have been posted, per channel.</summary>
public sealed class FakeChannelPublisher : IChannelPublisher
{
    private int _next;

    public Platform Platform => Platform.Discord;

    public List<(long ChannelId, RoundView Round)> Posts { get; } = [];

    public List<(long ChannelId, RevealView Reveal)> Reveals { get; } = [];

    public List<(long ChannelId, DigestView Digest)> Digests { get; } = [];

    /// <summary>How many of the next posts of a question the platform refuses.</summary>
    public int RefuseNext { get; set; }

    /// <summary>Posts of a question attempted, refused ones included.</summary>
    public int Attempts { get; private set; }

    public Task<string> PublishRoundAsync(Channel channel, RoundView round, CancellationToken cancellationToken)
    {
        lock (Posts)
        {
            Attempts++;
            if (RefuseNext > 0)
            {
                RefuseNext--;
                throw new HttpRequestException("503 Service Unavailable");
            }

            Posts.Add((channel.Id, round));
            return Task.FromResult($"msg-{Interlocked.Increment(ref _next)}");
        }
    }

    public Task UpdateRoundAsync(Channel channel, string messageRef, RoundView round, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CloseRoundAsync(Channel channel, string messageRef, RevealView reveal, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PublishRevealAsync(Channel channel, RevealView reveal, CancellationToken cancellationToken)
    {
        lock (Reveals)
        {
            Reveals.Add((channel.Id, reveal));
        }

        return Task.CompletedTask;
    }

    public Task PublishDigestAsync(Channel channel, DigestView digest, CancellationToken cancellationToken)
    {
        Digests.Add((channel.Id, digest));
        return Task.CompletedTask;
    }

    public List<(long ChannelId, Text Text)> Notices { get; } = [];

    public Task PublishNoticeAsync(Channel channel, Text text, CancellationToken cancellationToken)
    {
        Notices.Add((channel.Id, text));
        return Task.CompletedTask;
    }
}
