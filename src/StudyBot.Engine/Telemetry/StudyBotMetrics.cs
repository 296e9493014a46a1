using System.Diagnostics.Metrics;

namespace StudyBot.Engine.Telemetry;

/// <summary>
/// The product's metrics (meter <c>StudyBot</c>), recorded where things happen with one call each. Static so that the
/// engine, the adapters and the store need no constructor change to record; exported by the host (OpenTelemetry,
/// <c>GET /metrics</c>). Tags hold kinds and outcomes only, never ids or names.
/// </summary>
public static class StudyBotMetrics
{
    public const string MeterName = "StudyBot";

    private static readonly Meter Meter = new(MeterName, typeof(StudyBotMetrics).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> Answers = Meter.CreateCounter<long>("studybot.answers", "{answer}", "Answers submitted, by round kind and outcome.");
    private static readonly Counter<long> Interactions = Meter.CreateCounter<long>("studybot.interactions", "{interaction}", "Clicks, commands and messages received, by platform, kind and outcome.");
    private static readonly Counter<long> QuizStarts = Meter.CreateCounter<long>("studybot.quizzes.started", "{quiz}", "Personal quizzes started, by platform.");
    private static readonly Counter<long> DailyPosts = Meter.CreateCounter<long>("studybot.daily_posts.published", "{post}", "Daily questions published, by platform.");
    private static readonly Counter<long> DailyPostRuns = Meter.CreateCounter<long>("studybot.daily_posts.runs", "{run}", "Daily-post job runs, by outcome: on_time or late (fired over a minute after its time) when it starts, failed when it throws.");
    private static readonly Histogram<double> RevealLatency = Meter.CreateHistogram<double>("studybot.reveal.latency", "s", "From a daily round's close to its reveal being published.");
    private static readonly Counter<long> DiscordRest = Meter.CreateCounter<long>("studybot.discord.rest.responses", "{response}", "Discord REST responses, by HTTP status code.");
    private static readonly Counter<long> DiscordRestRetries = Meter.CreateCounter<long>("studybot.discord.rest.retries", "{retry}", "Discord REST attempts retried after a timeout, a 5xx or a 429.");
    private static readonly Histogram<double> RateLimitWaits = Meter.CreateHistogram<double>("studybot.discord.rate_limit.wait", "s", "Time a Discord REST call waited for the global or a route's rate limit.");
    private static readonly Counter<long> ConnectorCalls = Meter.CreateCounter<long>("studybot.connector.responses", "{response}", "Bot Framework Connector responses, by HTTP status code.");
    private static readonly Counter<long> ConnectorRetries = Meter.CreateCounter<long>("studybot.connector.retries", "{retry}", "Bot Framework Connector calls retried (429, 412, 5xx).");
    private static readonly UpDownCounter<long> WriterQueue = Meter.CreateUpDownCounter<long>("studybot.sqlite.writer.queue", "{write}", "Writes waiting for (or on) the SQLite writer thread.");

    /// <summary>Counts the answer and hands the result back, so a call site stays one line.</summary>
    public static AnswerResultView Answered(Round round, AnswerResultView result)
    {
        Answers.Add(1, new("kind", Lower(round.Kind)), new("outcome", Lower(result.Outcome)));
        return result;
    }

    public static QuizStart QuizStarted(Platform platform, QuizStart start)
    {
        if (start.First is not null)
        {
            QuizStarts.Add(1, new KeyValuePair<string, object?>("platform", Lower(platform)));
        }

        return start;
    }

    /// <summary>An inbound event: <paramref name="kind"/> is command, click or message; outcome handled, unknown or failed.</summary>
    public static void Interaction(string platform, string kind, string outcome) =>
        Interactions.Add(1, new("platform", platform), new("kind", kind), new("outcome", outcome));

    /// <summary><see cref="Interaction"/> for a handled event, handing the handler's response back.</summary>
    public static T Handled<T>(string platform, string kind, T response)
    {
        Interaction(platform, kind, "handled");
        return response;
    }

    public static void DailyPostPublished(Platform platform) => DailyPosts.Add(1, new KeyValuePair<string, object?>("platform", Lower(platform)));

    public static void DailyPostRun(string outcome) => DailyPostRuns.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Counts a failed run; false, so that it can serve as an exception filter that lets the exception go on.</summary>
    public static bool DailyPostFailed()
    {
        DailyPostRun("failed");
        return false;
    }

    public static void Revealed(Platform platform, TimeSpan afterClose) =>
        RevealLatency.Record(Math.Max(0, afterClose.TotalSeconds), new KeyValuePair<string, object?>("platform", Lower(platform)));

    public static void DiscordResponse(int status) => DiscordRest.Add(1, new KeyValuePair<string, object?>("status", status));

    public static void DiscordRetry() => DiscordRestRetries.Add(1);

    public static void RateLimitWait(TimeSpan wait) => RateLimitWaits.Record(wait.TotalSeconds);

    public static void ConnectorResponse(int status) => ConnectorCalls.Add(1, new KeyValuePair<string, object?>("status", status));

    public static void ConnectorRetry() => ConnectorRetries.Add(1);

    public static void WriterQueued() => WriterQueue.Add(1);

    public static void WriterDone() => WriterQueue.Add(-1);

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
