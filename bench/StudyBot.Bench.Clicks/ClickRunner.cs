using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace StudyBot.Bench.Clicks;

/// <summary>
/// Fires pre-signed interactions at the endpoint from <c>concurrency</c> loops over one keep-alive connection each, and
/// times every request from send to the last byte of the reply.
/// </summary>
internal sealed class ClickRunner(HttpClient client)
{
    private const string DiscordRoute = "/api/discord/interactions";
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task<ClickRunResult> RunAsync(IReadOnlyList<SignedInteraction> clicks, int concurrency, string expectedStart, CancellationToken cancellationToken)
    {
        var latencies = new double[clicks.Count];
        var next = -1;
        var completed = 0;
        var nonSuccess = 0;
        var unexpected = 0;
        string? firstProblem = null;
        var started = Stopwatch.GetTimestamp();
        var processorAtStart = Process.GetCurrentProcess().TotalProcessorTime;

        async Task LoopAsync()
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= clicks.Count)
                {
                    return;
                }

                var click = clicks[index];
                var sent = Stopwatch.GetTimestamp();
                string? problem;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, DiscordRoute) { Content = new ByteArrayContent(click.Body) };
                    request.Content.Headers.ContentType = Json;
                    request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", click.Signature);
                    request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", click.Timestamp);
                    using var response = await client.SendAsync(request, cancellationToken);
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref nonSuccess);
                        problem = $"HTTP {(int)response.StatusCode}: {body}";
                    }
                    else
                    {
                        problem = ReplyProblem(body, expectedStart);
                        if (problem is not null)
                        {
                            Interlocked.Increment(ref unexpected);
                        }
                    }
                }
                catch (HttpRequestException ex)
                {
                    latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                    Interlocked.Increment(ref nonSuccess);
                    problem = ex.Message;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                Interlocked.Increment(ref completed);
                if (problem is not null)
                {
                    Interlocked.CompareExchange(ref firstProblem, problem, null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(LoopAsync, CancellationToken.None)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var processor = Process.GetCurrentProcess().TotalProcessorTime - processorAtStart;
        var measured = latencies.Where(l => l > 0).ToArray();
        Array.Sort(measured);
        return new ClickRunResult(completed, nonSuccess, unexpected, elapsed, processor, measured, firstProblem);
    }

    /// <summary>A recorded click gets an ephemeral channel message (type 4, flag 64) that starts with the expected words.</summary>
    private static string? ReplyProblem(string body, string expectedStart)
    {
        try
        {
            using var reply = JsonDocument.Parse(body);
            var root = reply.RootElement;
            var content = root.TryGetProperty("data", out var data) && data.TryGetProperty("content", out var c) ? c.GetString() : null;
            return root.TryGetProperty("type", out var type) && type.GetInt32() == 4 && content?.StartsWith(expectedStart, StringComparison.Ordinal) == true
                ? null
                : "unexpected reply: " + body;
        }
        catch (JsonException)
        {
            return "reply is not JSON: " + body;
        }
    }
}
