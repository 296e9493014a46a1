namespace StudyBot.Engine.Tests;

/// <summary>A publisher that keeps what it was asked to post.</summary>
internal sealed class RecordingPublisher : IChannelPublisher
{
    public List<RoundView> Rounds { get; } = [];

    public List<RevealView> Reveals { get; } = [];

    public List<RoundView> Updates { get; } = [];

    public Platform Platform => Platform.Discord;

    public Task<string> PublishRoundAsync(Channel channel, RoundView round, CancellationToken cancellationToken)
    {
        Rounds.Add(round);
        return Task.FromResult($"msg-{Rounds.Count}");
    }

    public Task UpdateRoundAsync(Channel channel, string messageRef, RoundView round, CancellationToken cancellationToken)
    {
        Updates.Add(round);
        return Task.CompletedTask;
    }

    public Task PublishRevealAsync(Channel channel, RevealView reveal, CancellationToken cancellationToken)
    {
        Reveals.Add(reveal);
        return Task.CompletedTask;
    }

    public Task PublishDigestAsync(Channel channel, DigestView digest, CancellationToken cancellationToken) => Task.CompletedTask;
}
