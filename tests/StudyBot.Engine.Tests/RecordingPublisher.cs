namespace StudyBot.Engine.Tests;

/// <summary>A publisher that keeps what it was asked to post.</summary>
internal sealed class RecordingPublisher : IChannelPublisher
{
    public List<RoundView> Rounds { get; } = [];

    public List<RevealView> Reveals { get; } = [];

    public List<RoundView> Updates { get; } = [];

    /// <summary>The reveals each posted question was closed with (its message edited to closed).</summary>
    public List<(string MessageRef, RevealView Reveal)> Closes { get; } = [];

    /// <summary>How many of the next posts of a question the platform refuses, as Discord does when it is down.</summary>
    public int RefuseNext { get; set; }

    /// <summary>When each post of a question was attempted (refused or not), on the fixture's clock.</summary>
    public List<DateTimeOffset> Attempts { get; } = [];

    public TimeProvider? Time { get; set; }

    public Platform Platform => Platform.Discord;

    public Task<string> PublishRoundAsync(Channel channel, RoundView round, CancellationToken cancellationToken)
    {
        lock (Attempts)
        {
            Attempts.Add(Time?.GetUtcNow() ?? DateTimeOffset.MinValue);
            if (RefuseNext > 0)
            {
                RefuseNext--;
                throw new HttpRequestException("503 Service Unavailable");
            }
        }

        Rounds.Add(round);
        return Task.FromResult($"msg-{Rounds.Count}");
    }

    public Task UpdateRoundAsync(Channel channel, string messageRef, RoundView round, CancellationToken cancellationToken)
    {
        Updates.Add(round);
        return Task.CompletedTask;
    }

    public Task CloseRoundAsync(Channel channel, string messageRef, RevealView reveal, CancellationToken cancellationToken)
    {
        Closes.Add((messageRef, reveal));
        return Task.CompletedTask;
    }

    public Task PublishRevealAsync(Channel channel, RevealView reveal, CancellationToken cancellationToken)
    {
        Reveals.Add(reveal);
        return Task.CompletedTask;
    }

    public Task PublishDigestAsync(Channel channel, DigestView digest, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Notices posted, with the channel they went to.</summary>
    public List<(long ChannelId, Text Text)> Notices { get; } = [];

    public Task PublishNoticeAsync(Channel channel, Text text, CancellationToken cancellationToken)
    {
        Notices.Add((channel.Id, text));
        return Task.CompletedTask;
    }
}
