using System.Diagnostics.Metrics;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Rest;

namespace StudyBot.Host.Telemetry;

/// <summary>
/// Gauges read from state the adapters already keep (the Discord invalid-request counters, the gateway's state), on a
/// meter of this host's lifetime so that a stopped host stops reporting.
/// </summary>
internal sealed class HostMetrics
{
    public HostMetrics(IMeterFactory meters, DiscordRestCounters counters, DiscordGatewayState gateway)
    {
        var meter = meters.Create(StudyBotMetrics.MeterName);
        meter.CreateObservableCounter("studybot.discord.rest.invalid_requests", () => new[]
        {
            new Measurement<long>(counters.Unauthorized, new KeyValuePair<string, object?>("status", 401)),
            new Measurement<long>(counters.Forbidden, new KeyValuePair<string, object?>("status", 403)),
            new Measurement<long>(counters.RateLimited, new KeyValuePair<string, object?>("status", 429)),
            new Measurement<long>(counters.SharedRateLimited, new KeyValuePair<string, object?>("status", "429-shared")),
        }, "{response}", "Discord responses that count toward its invalid-request limit (10,000 per 10 minutes).");
        meter.CreateObservableGauge("studybot.discord.gateway.state", () =>
            Enum.GetValues<GatewayStatus>().Select(s => new Measurement<int>(gateway.Status == s ? 1 : 0, new KeyValuePair<string, object?>("state", s.ToString().ToLowerInvariant()))),
            null, "1 for the Discord gateway connection's current state.");
    }
}
