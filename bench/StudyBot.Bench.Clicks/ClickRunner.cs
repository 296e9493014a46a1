using System.Diagnostics;
using System.Text.Json;

namespace StudyBot.Bench.Clicks;

/// <summary>
/// Fires pre-signed interactions at the endpoint from <c>concurrency</c> loops over one keep-alive connection each, and
/// times every request from send to the last byte of the reply. The requests are built before the clock starts.
/// </summary>
internal sealed class ClickRunner(Uri host)
{
    private const string DiscordRoute = "/api/discord/interactions";

    public async Task<ClickRunResult> RunAsync(IReadOnlyList<SignedInteraction> clicks, int concurrency, string expectedStart, CancellationToken cancellationToken)
    {
        var requests = clicks.Select(c => KeepAliveConnection.BuildPost(host, DiscordRoute,
            [("X-Signature-Ed25519", c.Signature), ("X-Signature-Timestamp", c.Timestamp)], c.Body)).ToArray();
        var connections = new List<KeepAliveConnection>();
        for (var i = 0; i < concurrency; i++)
        {
            connections.Add(await KeepAliveConnection.OpenAsync(host, cancellationToken));
        }

        var latencies = new double[clicks.Count];
        var next = -1;
        var completed = 0;
        var nonSuccess = 0;
        var unexpected = 0;
        string? firstProblem = null;
        var started = Stopwatch.GetTimestamp();
        var processorAtStart = Process.GetCurrentProcess().TotalProcessorTime;

        async Task LoopAsync(KeepAliveConnection connection)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= clicks.Count)
                {
                    return;
                }

                var sent = Stopwatch.GetTimestamp();
                string? problem;
                try
                {
                    var (status, body) = await connection.SendAsync(requests[index], cancellationToken);
                    latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                    if (status is < 200 or > 299)
                    {
                        Interlocked.Increment(ref nonSuccess);
                        problem = $"HTTP {status}: {body}";
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
                catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or FormatException)
                {
                    latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                    Interlocked.Increment(ref nonSuccess);
                    problem = ex.Message;
                    Interlocked.CompareExchange(ref firstProblem, problem, null);
                    return;
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

        await Task.WhenAll(connections.Select(c => Task.Run(() => LoopAsync(c), CancellationToken.None)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var processor = Process.GetCurrentProcess().TotalProcessorTime - processorAtStart;
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

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
