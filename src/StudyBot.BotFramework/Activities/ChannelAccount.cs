namespace StudyBot.BotFramework.Activities;

/// <summary>A user or bot: in Teams users are <c>29:…</c>, bots <c>28:&lt;appId&gt;</c>.</summary>
public sealed record ChannelAccount(string? Id, string? Name = null, string? AadObjectId = null, string? Role = null, string? UserRole = null);
