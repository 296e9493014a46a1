namespace StudyBot.Bench.DailyPost;

/// <summary>One message the fake Discord created.</summary>
public sealed record FakeDiscordPost(string ChannelId, string MessageId, string? Nonce, DateTimeOffset At);
