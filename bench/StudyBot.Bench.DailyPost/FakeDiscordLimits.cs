namespace StudyBot.Bench.DailyPost;

/// <summary>What the fake Discord enforces: Discord's defaults for a bot token and a channel's message bucket.</summary>
public sealed record FakeDiscordLimits(int GlobalPerSecond, int ChannelLimit, TimeSpan ChannelWindow, TimeSpan NonceWindow)
{
    public static FakeDiscordLimits Discord { get; } = new(50, 5, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5));
}
