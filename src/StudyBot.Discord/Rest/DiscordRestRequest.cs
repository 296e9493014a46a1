namespace StudyBot.Discord.Rest;

/// <summary>
/// One REST call: <paramref name="Route"/> is the method and path template (the limiter's key before Discord names the
/// bucket), <paramref name="MajorId"/> the top-level resource, <paramref name="Content"/> builds a fresh body per attempt.
/// Interaction webhooks and callbacks carry no bot token and do not count toward the global limit.
/// </summary>
public sealed record DiscordRestRequest(
    HttpMethod Method,
    string Route,
    string MajorId,
    string Path,
    Func<HttpContent?> Content,
    bool UseBotToken = true);
