using StudyBot.BotFramework;
using StudyBot.Discord;

namespace StudyBot.Host.Startup;

/// <summary><c>GET /</c>: what answers here, for whoever opens the URL from the start-up summary in a browser.</summary>
internal static class HomePage
{
    public const string Html = $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>StudyBot</title></head>
        <body>
        <h1>StudyBot</h1>
        <p>A daily AWS AI/ML certification question, quizzes and boards for Discord and Microsoft Teams.</p>
        <ul>
        <li><code>POST {DiscordInteractionsEndpoint.Route}</code> Discord interactions endpoint</li>
        <li><code>POST {BotFrameworkExtensions.MessagesPath}</code> Bot Framework (Teams) messaging endpoint</li>
        <li><a href="/health/live"><code>GET /health/live</code></a> liveness</li>
        <li><a href="/health/ready"><code>GET /health/ready</code></a> readiness, each check as JSON</li>
        <li><a href="/metrics"><code>GET /metrics</code></a> Prometheus metrics (loopback callers unless configured)</li>
        </ul>
        </body></html>
        """;
}
